namespace NanoPython.Runtime
{
    /// <summary>Installs the VM: the core type methods (once per process) and, per interpreter, the executor and the builtins the VM provides.</summary>
    public static class VmSetup
    {
        /// <summary>Makes an interpreter able to run bytecode, create classes and import modules.</summary>
        public static void Install(Interpreter ip)
        {
            CoreTypeMethods.Install();
            ip.Executor = VmExecutor.Instance;
            ip.Builtins.SetName(Names.__build_class__, new PyBuiltinN("__build_class__", ClassBuilder.BuildClass));
            ip.Builtins.SetName(Names.__import__, new PyBuiltinN("__import__", Importer.ImportBuiltin));
        }
    }
}
