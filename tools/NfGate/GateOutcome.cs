using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NanoPython.Tools.NfCheck;

namespace NanoPython.Tools.NfGate;

/// <summary>The result of gating one device project.</summary>
public sealed class GateOutcome
{
    /// <summary>Creates the outcome of a project, initially passing.</summary>
    public GateOutcome(NfProject project)
    {
        Project = project;
    }

    /// <summary>The project.</summary>
    public NfProject Project { get; }

    /// <summary>The verdict.</summary>
    public GateStatus Status { get; set; } = GateStatus.Ok;

    /// <summary>A short reason for a failed or skipped project, shown on its header line.</summary>
    public string Reason { get; set; }

    /// <summary>The diagnostic lines (compile errors and warnings, violations, project file problems).</summary>
    public List<string> Lines { get; } = new List<string>();

    /// <summary>The number of compiler warnings.</summary>
    public int Warnings { get; set; }

    /// <summary>The NfCheck report of the compiled assembly, or null when it did not compile.</summary>
    public NfCheckReport Report { get; set; }

    /// <summary>The compiled image, referenced by the projects that depend on this one; null when it did not compile.</summary>
    public MetadataReference Reference { get; set; }

    /// <summary>Marks the project failed, keeping the first reason.</summary>
    public void Fail(string reason)
    {
        Status = GateStatus.Failed;
        Reason ??= reason;
    }
}
