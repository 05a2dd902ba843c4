using System.Reflection;

[assembly: AssemblyTitle("NanoPython.Framebuf")]
[assembly: AssemblyProduct("nanoPython")]
[assembly: AssemblyCopyright("nanoPython contributors")]
[assembly: AssemblyVersion("0.1.0.0")]
