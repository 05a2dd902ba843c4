using NanoPython.Runtime;

namespace NanoPython.Deflate
{
    /// <summary>The deflate module: DeflateIO and the format constants AUTO, RAW, ZLIB and GZIP.</summary>
    public static class DeflateModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("DeflateIO", PyDeflateIO.Install());
            d.SetName("AUTO", PyInt.Get(Inflater.FormatAuto));
            d.SetName("RAW", PyInt.Get(Inflater.FormatRaw));
            d.SetName("ZLIB", PyInt.Get(Inflater.FormatZlib));
            d.SetName("GZIP", PyInt.Get(Inflater.FormatGzip));
        }
    }
}
