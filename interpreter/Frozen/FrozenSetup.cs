using NanoPython.Runtime;

namespace NanoPython.Frozen
{
    /// <summary>
    /// Installs the frozen Python modules (asyncio and uasyncio, and the esp32 drivers neopixel, dht, onewire and
    /// ds18x20; their sources are in py/ and FrozenSources.g.cs is generated from them by tools/gen-frozen.py) and
    /// builtins.help. Frozen modules are found through the '.frozen' entry of sys.path and compiled on first import.
    /// asyncio's parts named <see cref="AsyncioPartPrefix"/>... are imported by asyncio itself when one of their names
    /// is first used (help('modules') does not list them).
    /// </summary>
    public static class FrozenSetup
    {
        /// <summary>The name prefix of asyncio's lazily loaded parts (private modules).</summary>
        internal const string AsyncioPartPrefix = "_asyncio_";

        /// <summary>Registers the frozen modules and help() on ip.</summary>
        public static void Install(Interpreter ip)
        {
            ip.RegisterFrozen("asyncio", FrozenSources.Asyncio);
            ip.RegisterFrozen(AsyncioPartPrefix + "funcs", FrozenSources.AsyncioFuncs);
            ip.RegisterFrozen(AsyncioPartPrefix + "event", FrozenSources.AsyncioEvent);
            ip.RegisterFrozen(AsyncioPartPrefix + "lock", FrozenSources.AsyncioLock);
            ip.RegisterFrozen(AsyncioPartPrefix + "stream", FrozenSources.AsyncioStream);
            ip.RegisterFrozen("uasyncio", FrozenSources.Uasyncio);
            ip.RegisterFrozen("neopixel", FrozenSources.Neopixel);
            ip.RegisterFrozen("dht", FrozenSources.Dht);
            ip.RegisterFrozen("onewire", FrozenSources.Onewire);
            ip.RegisterFrozen("ds18x20", FrozenSources.Ds18x20);
            ip.AddLazyBuiltins("help", CreateHelp);
        }

        // help is created on first use: a builtin function object is heap taken from the boot on.
        private static PyObject CreateHelp(Interpreter ip, int index)
        {
            return new PyBuiltin1("help", Help.Call, 0);
        }
    }
}
