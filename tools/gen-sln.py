import uuid, os
CS = '{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}'   # C# (legacy)
SDK = '{9A19103F-16F7-4668-BE54-9A1E7A4F7556}'  # SDK-style C#
NF = '{11A8DD76-328B-46DF-9F39-F559912D0360}'   # nanoFramework
FOLDER = '{2150E333-8FDC-42A3-9474-1A3956D46DE8}'
projects = [
 # (path, kind, folder)
 ('interpreter/Runtime/NanoPython.Runtime.nfproj', NF, 'interpreter'),
 ('interpreter/Vm/NanoPython.Vm.nfproj', NF, 'interpreter'),
 ('interpreter/Numbers/NanoPython.Numbers.nfproj', NF, 'interpreter'),
 ('interpreter/Text/NanoPython.Text.nfproj', NF, 'interpreter'),
 ('interpreter/Parser/NanoPython.Parser.nfproj', NF, 'interpreter'),
 ('interpreter/Compiler/NanoPython.Compiler.nfproj', NF, 'interpreter'),
 ('interpreter/Io/NanoPython.Io.nfproj', NF, 'interpreter'),
 ('interpreter/Builtins/NanoPython.Builtins.nfproj', NF, 'interpreter'),
 ('interpreter/Modules/NanoPython.Modules.nfproj', NF, 'interpreter'),
 ('interpreter/Stdlib/NanoPython.Stdlib.nfproj', NF, 'interpreter'),
 ('interpreter/Re/NanoPython.Re.nfproj', NF, 'interpreter'),
 ('interpreter/Deflate/NanoPython.Deflate.nfproj', NF, 'interpreter'),
 ('interpreter/Machine/NanoPython.Machine.nfproj', NF, 'interpreter'),
 ('interpreter/Framebuf/NanoPython.Framebuf.nfproj', NF, 'interpreter'),
 ('interpreter/Frozen/NanoPython.Frozen.nfproj', NF, 'interpreter'),
 ('interpreter/Board/NanoPython.Board.nfproj', NF, 'interpreter'),
 ('hal/Abstractions/NanoPython.Hal.nfproj', NF, 'hal'),
 ('hal/Esp32/NanoPython.Hal.Esp32.nfproj', NF, 'hal'),
 ('firmware/Esp32/NanoPython.Firmware.Esp32.nfproj', NF, 'firmware'),
 ('tests/NFUnitTest/NFUnitTest.nfproj', NF, 'tests'),
 ('interpreter/Runtime/NanoPython.Runtime.csproj', SDK, 'interpreter'),
 ('interpreter/Vm/NanoPython.Vm.csproj', SDK, 'interpreter'),
 ('interpreter/Numbers/NanoPython.Numbers.csproj', SDK, 'interpreter'),
 ('interpreter/Text/NanoPython.Text.csproj', SDK, 'interpreter'),
 ('interpreter/Parser/NanoPython.Parser.csproj', SDK, 'interpreter'),
 ('interpreter/Compiler/NanoPython.Compiler.csproj', SDK, 'interpreter'),
 ('interpreter/Io/NanoPython.Io.csproj', SDK, 'interpreter'),
 ('interpreter/Builtins/NanoPython.Builtins.csproj', SDK, 'interpreter'),
 ('interpreter/Modules/NanoPython.Modules.csproj', SDK, 'interpreter'),
 ('interpreter/Stdlib/NanoPython.Stdlib.csproj', SDK, 'interpreter'),
 ('interpreter/Re/NanoPython.Re.csproj', SDK, 'interpreter'),
 ('interpreter/Deflate/NanoPython.Deflate.csproj', SDK, 'interpreter'),
 ('interpreter/Machine/NanoPython.Machine.csproj', SDK, 'interpreter'),
 ('interpreter/Framebuf/NanoPython.Framebuf.csproj', SDK, 'interpreter'),
 ('interpreter/Frozen/NanoPython.Frozen.csproj', SDK, 'interpreter'),
 ('interpreter/Board/NanoPython.Board.csproj', SDK, 'interpreter'),
 ('hal/Abstractions/NanoPython.Hal.csproj', SDK, 'hal'),
 ('hal/Simulated/NanoPython.Hal.Simulated.csproj', SDK, 'hal'),
 ('hal/Esp32.Tests/NanoPython.Hal.Esp32.Tests.csproj', SDK, 'tests'),
 ('firmware/Host/NanoPython.Host.csproj', SDK, 'firmware'),
 ('tests/NanoPython.Tests/NanoPython.Tests.csproj', SDK, 'tests'),
 ('tests/NanoPython.Tools.Tests/NanoPython.Tools.Tests.csproj', SDK, 'tests'),
 ('tools/NfCheck/NfCheck.csproj', SDK, 'tools'),
 ('tools/NfGate/NfGate.csproj', SDK, 'tools'),
 ('tools/Bench/Bench.csproj', SDK, 'tools'),
]
def gid(s): return '{' + str(uuid.uuid5(uuid.NAMESPACE_URL, 'nanopython/' + s)).upper() + '}'
L = ['', 'Microsoft Visual Studio Solution File, Format Version 12.00', '# Visual Studio Version 17', 'VisualStudioVersion = 17.0.31903.59', 'MinimumVisualStudioVersion = 10.0.40219.1']
folders = sorted(set(p[2] for p in projects))
for f in folders:
    L.append('Project("%s") = "%s", "%s", "%s"' % (FOLDER, f, f, gid('folder/' + f)))
    L.append('EndProject')
pg = {}
for path, kind, f in projects:
    name = os.path.splitext(os.path.basename(path))[0]
    key = name if kind == NF else name + '.host'
    # nfproj GUIDs match the ProjectGuid written in the .nfproj files (uuid5 of the assembly name).
    g = gid(name) if kind == NF else gid(key)
    pg[path] = g
    disp = name if kind == NF else name + (' (host)' if path.startswith(('interpreter','hal/Abstractions')) else '')
    L.append('Project("%s") = "%s", "%s", "%s"' % (kind, disp, path.replace('/', '\\'), g))
    L.append('EndProject')
L.append('Global')
L.append('\tGlobalSection(SolutionConfigurationPlatforms) = preSolution')
L.append('\t\tDebug|Any CPU = Debug|Any CPU')
L.append('\t\tRelease|Any CPU = Release|Any CPU')
L.append('\tEndGlobalSection')
L.append('\tGlobalSection(ProjectConfigurationPlatforms) = postSolution')
for path, kind, f in projects:
    g = pg[path]
    for c in ('Debug', 'Release'):
        L.append('\t\t%s.%s|Any CPU.ActiveCfg = %s|Any CPU' % (g, c, c))
        L.append('\t\t%s.%s|Any CPU.Build.0 = %s|Any CPU' % (g, c, c))
        if kind == NF and path.endswith('Esp32.nfproj') and 'firmware' in path:
            L.append('\t\t%s.%s|Any CPU.Deploy.0 = %s|Any CPU' % (g, c, c))
L.append('\tEndGlobalSection')
L.append('\tGlobalSection(SolutionProperties) = preSolution')
L.append('\t\tHideSolutionNode = FALSE')
L.append('\tEndGlobalSection')
L.append('\tGlobalSection(NestedProjects) = preSolution')
for path, kind, f in projects:
    L.append('\t\t%s = %s' % (pg[path], gid('folder/' + f)))
L.append('\tEndGlobalSection')
L.append('EndGlobal')
open('nanoPython.sln', 'w').write('\r\n'.join(L) + '\r\n')
import json
host = [p[0].replace('/', '\\') for p in projects if p[1] == SDK]
json.dump({'solution': {'path': 'nanoPython.sln', 'projects': host}}, open('nanoPython.Host.slnf', 'w'), indent=2)
open('nanoPython.Host.slnf', 'a').write('\n')
