using NanoPython.Hal;
using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The _board module, present only on boards that can be controlled from outside (the simulated board):
    /// _board.cmd(line) runs one command of the board's command language (press a button, turn a potentiometer, set a
    /// sensor, show a display, capture the trace) and returns its answer as a str. Tests use it to act as the user.
    /// </summary>
    internal static class BoardModule
    {
        internal static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("cmd", new PyBuiltin1("cmd", Cmd));
        }

        private static PyObject Cmd(Interpreter ip, PyObject line)
        {
            IBoardControl control = MachineState.Of(ip).Board as IBoardControl;
            if (control == null)
            {
                throw Errno.Error(Errno.EOPNOTSUPP);
            }

            string text = Ops.ExpectStr(line, "command");
            string answer;
            try
            {
                answer = control.Command(text);
            }
            catch (PyException)
            {
                throw;
            }
            catch (System.Exception e)
            {
                throw new PyException(PyExc.ValueError, e.Message);
            }

            return new PyStr(answer ?? string.Empty);
        }
    }
}
