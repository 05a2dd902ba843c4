using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>The hashlib module: sha256, sha1 and md5 (<see cref="PyHash"/>).</summary>
    public static class HashlibModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            PyHash.Install();
            d.SetName("sha256", PyHash.Sha256Type);
            d.SetName("sha1", PyHash.Sha1Type);
            d.SetName("md5", PyHash.Md5Type);
        }
    }
}
