import sys, uuid, os
# usage: mknfproj.py path AssemblyName OutputType(Library|Exe) refs(comma list of nf package refs) projrefs(comma list of relative nfproj paths) [test]
path, asm, outtype, refs, projrefs = sys.argv[1:6]
test = len(sys.argv) > 6
PKG = {
 'mscorlib': ('nanoFramework.CoreLibrary','1.17.11','mscorlib.dll'),
 'System.Math': ('nanoFramework.System.Math','1.5.116','System.Math.dll'),
 'nanoFramework.System.Text': ('nanoFramework.System.Text','1.3.42','nanoFramework.System.Text.dll'),
 'nanoFramework.System.Collections': ('nanoFramework.System.Collections','1.5.75','nanoFramework.System.Collections.dll'),
 'System.IO.Streams': ('nanoFramework.System.IO.Streams','1.1.96','System.IO.Streams.dll'),
 'System.IO.FileSystem': ('nanoFramework.System.IO.FileSystem','1.1.93','System.IO.FileSystem.dll'),
 'System.IO.Ports': ('nanoFramework.System.IO.Ports','1.1.139','System.IO.Ports.dll'),
 'System.Device.Gpio': ('nanoFramework.System.Device.Gpio','1.1.62','System.Device.Gpio.dll'),
 'System.Device.I2c': ('nanoFramework.System.Device.I2c','1.1.29','System.Device.I2c.dll'),
 'System.Device.Pwm': ('nanoFramework.System.Device.Pwm','1.1.23','System.Device.Pwm.dll'),
 'System.Device.Adc': ('nanoFramework.System.Device.Adc','1.1.24','System.Device.Adc.dll'),
 'System.Device.Spi': ('nanoFramework.System.Device.Spi','1.3.89','System.Device.Spi.dll'),
 'nanoFramework.Hardware.Esp32': ('nanoFramework.Hardware.Esp32','1.6.42','nanoFramework.Hardware.Esp32.dll'),
 'nanoFramework.Runtime.Native': ('nanoFramework.Runtime.Native','1.7.11','nanoFramework.Runtime.Native.dll'),
 'nanoFramework.TestFramework': ('nanoFramework.TestFramework','3.0.77','nanoFramework.TestFramework.dll'),
 'nanoFramework.UnitTestLauncher': ('nanoFramework.TestFramework','3.0.77','nanoFramework.UnitTestLauncher.exe'),
}
d = os.path.dirname(path)
depth = len(os.path.normpath(d).split(os.sep))
up = '..\\' * depth
g = str(uuid.uuid5(uuid.NAMESPACE_URL, 'nanopython/' + asm)).upper()
refs = [r for r in refs.split(',') if r]
projrefs = [p for p in projrefs.split(',') if p]
L = []
A = L.append
A('<?xml version="1.0" encoding="utf-8"?>')
A('<Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">')
A('  <PropertyGroup Label="Globals">')
A('    <NanoFrameworkProjectSystemPath>$(MSBuildExtensionsPath)\\nanoFramework\\v1.0\\</NanoFrameworkProjectSystemPath>')
A('  </PropertyGroup>')
A('  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props" Condition="Exists(\'$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props\')" />')
A('  <PropertyGroup>')
A('    <Configuration Condition=" \'$(Configuration)\' == \'\' ">Debug</Configuration>')
A('    <Platform Condition=" \'$(Platform)\' == \'\' ">AnyCPU</Platform>')
A('    <ProjectTypeGuids>{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>')
A('    <ProjectGuid>{%s}</ProjectGuid>' % g)
A('    <OutputType>%s</OutputType>' % outtype)
A('    <AppDesignerFolder>Properties</AppDesignerFolder>')
A('    <FileAlignment>512</FileAlignment>')
A('    <RootNamespace>%s</RootNamespace>' % asm)
A('    <AssemblyName>%s</AssemblyName>' % asm)
A('    <TargetFrameworkVersion>v1.0</TargetFrameworkVersion>')
A('    <!-- C# 10 everywhere: the host .csproj and the gate compile these files with the same version (FACTS.md). -->')
A('    <LangVersion>10.0</LangVersion>')
if test:
    A('    <IsCodedUITest>False</IsCodedUITest>')
    A('    <IsTestProject>true</IsTestProject>')
    A('    <TestProjectType>UnitTest</TestProjectType>')
A('  </PropertyGroup>')
A('  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.props" Condition="Exists(\'$(NanoFrameworkProjectSystemPath)NFProjectSystem.props\')" />')
if test:
    A('  <PropertyGroup>')
    A('    <RunSettingsFilePath>$(MSBuildProjectDirectory)\\nano.runsettings</RunSettingsFilePath>')
    A('  </PropertyGroup>')
A('  <!-- The Compile list is kept equal to the folder\'s *.cs files (minus *.Host.cs) by NfGate\'s sync mode (see tools/NfGate/README.md). -->')
A('  <ItemGroup>')
A('  </ItemGroup>')
if projrefs:
    A('  <ItemGroup>')
    for p in projrefs:
        pn = os.path.splitext(os.path.basename(p))[0]
        pg = str(uuid.uuid5(uuid.NAMESPACE_URL, 'nanopython/' + pn)).upper()
        A('    <ProjectReference Include="%s">' % p.replace('/', '\\'))
        A('      <Project>{%s}</Project>' % pg)
        A('      <Name>%s</Name>' % pn)
        A('    </ProjectReference>')
    A('  </ItemGroup>')
A('  <ItemGroup>')
for r in refs:
    pid, ver, f = PKG[r]
    A('    <Reference Include="%s">' % r)
    A('      <HintPath>%spackages\\%s.%s\\lib\\%s</HintPath>' % (up, pid, ver, f))
    A('    </Reference>')
A('  </ItemGroup>')
A('  <ItemGroup>')
A('    <None Include="packages.config" />')
if test:
    A('    <None Include="nano.runsettings" />')
    A('    <None Include="nano.hardware.runsettings" />')
A('  </ItemGroup>')
A('  <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets" Condition="Exists(\'$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets\')" />')
A('  <ProjectExtensions>')
A('    <ProjectCapabilities>')
A('      <ProjectConfigurationsDeclaredAsItems />')
A('    </ProjectCapabilities>')
A('  </ProjectExtensions>')
A('</Project>')
open(path, 'w').write('\r\n'.join(L) + '\r\n')
pk = ['<?xml version="1.0" encoding="utf-8"?>', '<packages>']
seen = set()
for r in refs:
    pid, ver, f = PKG[r]
    if pid in seen: continue
    seen.add(pid)
    pk.append('  <package id="%s" version="%s" targetFramework="netnano1.0" />' % (pid, ver))
pk.append('</packages>')
open(os.path.join(d, 'packages.config'), 'w').write('\r\n'.join(pk) + '\r\n')
