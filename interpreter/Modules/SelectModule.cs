using NanoPython.Runtime;

namespace NanoPython.Modules
{
    /// <summary>The select module: poll() (<see cref="PyPoll"/>), select() and the POLL* constants.</summary>
    public static class SelectModule
    {
        /// <summary>Builds the module namespace.</summary>
        public static void Fill(Interpreter ip, PyModule module, PyDict d)
        {
            d.SetName("poll", new PyBuiltin0("poll", NewPoll));
            d.SetName("select", new PyBuiltinN("select", Select));
            d.SetName("POLLIN", PyInt.Get(PyPoll.PollIn));
            d.SetName("POLLOUT", PyInt.Get(PyPoll.PollOut));
            d.SetName("POLLERR", PyInt.Get(PyPoll.PollErr));
            d.SetName("POLLHUP", PyInt.Get(PyPoll.PollHup));
        }

        private static PyObject NewPoll(Interpreter ip)
        {
            return new PyPoll();
        }

        // select(rlist, wlist, xlist[, timeout seconds]): a poll over the three lists, answered as three lists.
        private static PyObject Select(Interpreter ip, PyObject[] args, int offset, int count, PyTuple kwnames)
        {
            if (kwnames != null || count < 3 || count > 4)
            {
                throw new PyException(PyExc.TypeError, "select expected 3 or 4 arguments");
            }

            PyPoll p = new PyPoll();
            int[] events = { PyPoll.PollIn, PyPoll.PollOut, PyPoll.PollErr };
            for (int k = 0; k < 3; k++)
            {
                int n;
                PyObject[] items = Ops.ItemsOf(ip, args[offset + k], out n);
                for (int i = 0; i < n; i++)
                {
                    p.Add(items[i], events[k], true);
                }
            }

            long ms = -1;
            if (count == 4 && !(args[offset + 3] is PyNone))
            {
                double s;
                if (!PyFloat.TryGetDouble(ip, args[offset + 3], out s))
                {
                    throw new PyException(PyExc.TypeError, "timeout must be a number");
                }

                ms = s <= 0 ? 0 : (long)(s * 1000);
            }

            PyList ready = p.Wait(ip, ms, 0);
            PyList[] result = { new PyList(), new PyList(), new PyList() };
            for (int i = 0; i < ready.Count; i++)
            {
                PyTuple t = (PyTuple)ready.Items[i];
                long ev = ((PyInt)t.Items[1]).Value;
                for (int k = 0; k < 3; k++)
                {
                    if ((ev & events[k]) != 0)
                    {
                        result[k].Append(t.Items[0]);
                    }
                }
            }

            return new PyTuple(new PyObject[] { result[0], result[1], result[2] });
        }
    }
}
