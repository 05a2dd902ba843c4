using System.Text;

namespace NanoPython.Runtime
{
    public static partial class Ops
    {
        /// <summary>
        /// The traceback and message of an exception in MicroPython's format:
        /// "Traceback (most recent call last):", one "  File "f", line N, in name" per entry, then "Type: message"
        /// (the ": " is always printed, as MicroPython does). Lines end with "\n".
        /// </summary>
        public static string FormatException(Interpreter ip, PyBaseException e)
        {
            StringBuilder sb = new StringBuilder();
            string msg = null;
            bool syntax = e.IsInstance(PyExc.SyntaxError) && e.Args.Items.Length >= 2 && e.Args.Items[1] is PyTuple;
            if (syntax)
            {
                // A traceback shows a SyntaxError's message only ("SyntaxError: invalid syntax"), not str(e), which
                // is CPython's "msg (file, line N)".
                msg = Str(ip, e.Args.Items[0]);
            }

            if (syntax && e.Traceback == null)
            {
                // A compile error has no frames: MicroPython prints the location it was found at.
                PyObject[] loc = ((PyTuple)e.Args.Items[1]).Items;
                if (loc.Length >= 2)
                {
                    sb.Append("Traceback (most recent call last):\n  File \"");
                    sb.Append(Str(ip, loc[0]));
                    sb.Append("\", line ");
                    sb.Append(Str(ip, loc[1]));
                    sb.Append('\n');
                }
            }
            else if (e.Traceback != null)
            {
                sb.Append("Traceback (most recent call last):\n");
                for (TracebackEntry t = e.Traceback; t != null; t = t.Next)
                {
                    sb.Append("  File \"");
                    sb.Append(t.Code.FileName.Value);
                    sb.Append("\", line ");
                    sb.Append(t.Line);
                    sb.Append(", in ");
                    sb.Append(t.Code.Name.Value);
                    sb.Append('\n');
                }
            }

            sb.Append(e.Type.Name.Value);
            sb.Append(": ");
            try
            {
                if (msg == null)
                {
                    msg = e.Str(ip);
                }
            }
            catch (PyException)
            {
                msg = "<exception str() failed>";
            }

            sb.Append(msg);
            sb.Append('\n');
            return sb.ToString();
        }

        /// <summary>sys.print_exception: writes the formatted exception to a stream.</summary>
        public static void PrintException(Interpreter ip, PyBaseException e, OutputStream o)
        {
            o.Write(FormatException(ip, e));
            o.Flush();
        }
    }
}
