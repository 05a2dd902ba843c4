using NanoPython.Runtime;
using NanoPython.Text;

namespace NanoPython.Machine
{
    /// <summary>Argument conversions shared by the machine classes (pins, integers, buffers).</summary>
    internal static class MachineArgs
    {
        /// <summary>True for an argument that was not given or is None.</summary>
        public static bool Absent(PyObject o)
        {
            return o == null || o is PyNone;
        }

        /// <summary>An int argument (TypeError for non-integers, ValueError beyond 32 bits).</summary>
        public static int Int(Interpreter ip, PyObject o)
        {
            long v = Ops.Index(ip, o);
            if (v < int.MinValue || v > int.MaxValue)
            {
                throw new PyException(PyExc.ValueError, "value out of range");
            }

            return (int)v;
        }

        /// <summary>An int argument, or fallback when absent.</summary>
        public static int Int(Interpreter ip, PyObject o, int fallback)
        {
            return o == null ? fallback : Int(ip, o);
        }

        /// <summary>A number (int or float) as a double.</summary>
        public static double Number(Interpreter ip, PyObject o)
        {
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                return f.Value;
            }

            return Ops.Index(ip, o);
        }

        /// <summary>The GPIO number of a Pin object or an int; ValueError("expecting a pin") otherwise.</summary>
        public static int PinId(Interpreter ip, PyObject o)
        {
            MachinePin p = o as MachinePin;
            if (p != null)
            {
                return p.Id;
            }

            if (o is PyInt)
            {
                return Int(ip, o);
            }

            throw new PyException(PyExc.ValueError, MachineErrors.ExpectingPin);
        }

        /// <summary>The GPIO number of a Pin or int argument that must name a usable pin of the board.</summary>
        public static int ValidPin(Interpreter ip, MachineState state, PyObject o)
        {
            int id = PinId(ip, o);
            if (state.Board.Gpio.Capabilities(id) == 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InvalidPin);
            }

            return id;
        }

        /// <summary>A pin that must be able to drive an output.</summary>
        public static int OutputPin(Interpreter ip, MachineState state, PyObject o)
        {
            int id = ValidPin(ip, state, o);
            if ((state.Board.Gpio.Capabilities(id) & Hal.HalPin.CapOutput) == 0)
            {
                throw new PyException(PyExc.ValueError, MachineErrors.InputOnly);
            }

            return id;
        }

        /// <summary>The bytes of a bytes-like argument.</summary>
        public static byte[] Buffer(PyObject o, out int offset, out int count)
        {
            return BufferProtocol.Require(o, out offset, out count);
        }

        /// <summary>The storage of a writable buffer argument (bytearray, writable memoryview...).</summary>
        public static byte[] WritableBuffer(PyObject o, out int offset, out int count)
        {
            byte[] data;
            if (!BufferProtocol.GetWritable(o, out data, out offset, out count))
            {
                throw new PyException(PyExc.TypeError, "object with buffer protocol required");
            }

            return data;
        }

        /// <summary>An OSError for a negative HAL status (OSError: [Errno 19] ENODEV...).</summary>
        public static PyException OsError(int status)
        {
            return Errno.Error(-status);
        }

        /// <summary>Raises OSError when a HAL result is a negative status; returns it otherwise.</summary>
        public static int Check(int result)
        {
            if (result < 0)
            {
                throw OsError(result);
            }

            return result;
        }

        /// <summary>Parses the arguments of a method called as args[offset] = self, then positional and keyword ones.</summary>
        public static PyObject[] Method(Interpreter ip, ArgSpec spec, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[spec.Count];
            spec.Parse(ip, args, offset + 1, count - 1, kwnames, a);
            return a;
        }

        /// <summary>Parses the arguments of a function or constructor.</summary>
        public static PyObject[] Function(Interpreter ip, ArgSpec spec, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            PyObject[] a = new PyObject[spec.Count];
            spec.Parse(ip, args, offset, count, kwnames, a);
            return a;
        }

        /// <summary>Python's None for a C# null result.</summary>
        public static PyObject NoneIfNull(PyObject o)
        {
            return o ?? PyNone.Value;
        }
    }
}
