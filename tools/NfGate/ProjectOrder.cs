using System;
using System.Collections.Generic;

namespace NanoPython.Tools.NfGate;

/// <summary>Orders projects so that each comes after the projects it references (ProjectReference).</summary>
public static class ProjectOrder
{
    /// <summary>
    /// Sorts <paramref name="projects"/> topologically, keeping the given order among independent projects. A cycle
    /// is reported in <paramref name="errors"/> and broken at the reference that closes it.
    /// </summary>
    public static List<NfProject> Sort(IReadOnlyList<NfProject> projects, List<string> errors)
    {
        var byPath = new Dictionary<string, NfProject>(StringComparer.Ordinal);
        foreach (NfProject project in projects)
        {
            byPath[project.Path] = project;
        }

        var sorted = new List<NfProject>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (NfProject project in projects)
        {
            Visit(project, byPath, done, active, sorted, errors);
        }

        return sorted;
    }

    private static void Visit(
        NfProject project,
        Dictionary<string, NfProject> byPath,
        HashSet<string> done,
        HashSet<string> active,
        List<NfProject> sorted,
        List<string> errors)
    {
        if (done.Contains(project.Path))
        {
            return;
        }

        active.Add(project.Path);
        foreach (string reference in project.ProjectReferences)
        {
            if (active.Contains(reference))
            {
                errors.Add(project.FileName + " and " + System.IO.Path.GetFileName(reference) + " reference each other (a cycle): device assemblies must reference acyclically");
                continue;
            }

            if (byPath.TryGetValue(reference, out NfProject referenced))
            {
                Visit(referenced, byPath, done, active, sorted, errors);
            }
        }

        active.Remove(project.Path);
        done.Add(project.Path);
        sorted.Add(project);
    }
}
