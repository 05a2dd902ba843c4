using NanoPython.Builtins;
using NanoPython.Compiler;
using NanoPython.Framebuf;
using NanoPython.Frozen;
using NanoPython.Modules;
using NanoPython.Numbers;
using NanoPython.Runtime;
using NanoPython.Stdlib;
using NanoPython.Text;

namespace NanoPython.Board
{
    /// <summary>
    /// Creates a complete interpreter: the VM, numbers, text types, builtins, compiler and built-in modules, installed
    /// in dependency order. Both ports (host and ESP32) and the tests create interpreters only through here.
    /// </summary>
    public static class InterpreterFactory
    {
        /// <summary>
        /// A new interpreter writing to stdout (stderr = stdout when null) and reading stdin (may be null). The caller
        /// sets platform, paths and the module source before running code.
        /// </summary>
        public static Interpreter Create(OutputStream stdout, OutputStream stderr, InputStream stdin)
        {
            return Create(stdout, stderr, stdin, null, null, null);
        }

        /// <summary>
        /// A new interpreter as <see cref="Create(OutputStream, OutputStream, InputStream)"/>, with sys.platform,
        /// sys.implementation._machine and _build set before the sys module is built (null keeps the default).
        /// </summary>
        public static Interpreter Create(OutputStream stdout, OutputStream stderr, InputStream stdin, string platform, string machineName, string buildName)
        {
            Interpreter ip = new Interpreter();
            if (platform != null)
            {
                ip.Platform = platform;
            }

            if (machineName != null)
            {
                ip.MachineName = machineName;
            }

            if (buildName != null)
            {
                ip.BuildName = buildName;
            }

            ip.Stdout = stdout;
            ip.Stderr = stderr ?? stdout;
            ip.Stdin = stdin;
            VmSetup.Install(ip);
            NumbersSetup.Install(ip);
            TextSetup.Install(ip);
            BuiltinsSetup.Install(ip);
            CompilerSetup.Install(ip);
            ModulesSetup.Install(ip);
            StdlibSetup.Install(ip);
            FramebufModule.Install(ip);
            FrozenSetup.Install(ip);
            ip.RegisterModule("re", NanoPython.Re.ReModule.Fill);
            ip.RegisterModule("deflate", NanoPython.Deflate.DeflateModule.Fill);

            // The builtins namespace is complete: drop the slack of its last doubling (a few KB on a device).
            ip.Builtins.Trim(8);
            return ip;
        }
    }
}
