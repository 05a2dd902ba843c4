using NanoPython.Hal.Simulated;
using NanoPython.Machine;
using NanoPython.Runtime;

namespace NanoPython.Host;

/// <summary>
/// `machine` in script mode (`nanopython blink.py`): the default simulated board (or --board FILE), created on the
/// first import of machine or _onewire so that scripts that do not use hardware start as fast as before. The clock
/// stays the unix-port one (1970 epoch) unless the board file asks for a virtual clock.
/// </summary>
public static class ScriptModeMachine
{
    /// <summary>Registers machine and _onewire as deferred modules on ip.</summary>
    public static void Register(Interpreter ip, CommandLine cl)
    {
        ModuleFiller deferred = (ip2, module, dict) =>
        {
            BoardHardware hw = BoardHardware.Create(cl.BoardFile, cl.Trace, false);
            if (hw.Board.Clock.IsVirtual)
            {
                hw.Install(ip2);
            }
            else
            {
                MachineSetup.Install(ip2, hw.Board);
            }

            // MachineSetup registered the real modules; fill this module object from the real filler.
            ip2.FindNativeModule(module.Name.Value)(ip2, module, dict);
        };
        ip.RegisterModule("machine", deferred);
        ip.RegisterModule("_onewire", deferred);
    }
}
