using NanoPython.Runtime;

namespace NanoPython.Frozen
{
    /// <summary>
    /// builtins.help as MicroPython's py/builtinhelp.c: help() prints the port's help text (ports/esp32/help.c, under
    /// our name and without the network section: there is no network module), help('modules') the built-in and frozen
    /// modules sorted in four columns of 18 characters filled column by column, and help(obj) the object, its type and
    /// the entries of its module or class dictionary (a class's own dictionary, not inherited names).
    /// </summary>
    internal static class Help
    {
        private const string Text =
            "Welcome to nanoPython, a MicroPython for the ESP32!\n" +
            "\n" +
            "For online docs please visit http://docs.micropython.org/\n" +
            "\n" +
            "For access to the hardware use the 'machine' module:\n" +
            "\n" +
            "import machine\n" +
            "pin12 = machine.Pin(12, machine.Pin.OUT)\n" +
            "pin12.value(1)\n" +
            "pin13 = machine.Pin(13, machine.Pin.IN, machine.Pin.PULL_UP)\n" +
            "print(pin13.value())\n" +
            "i2c = machine.I2C(scl=machine.Pin(21), sda=machine.Pin(22))\n" +
            "i2c.scan()\n" +
            "i2c.writeto(addr, b'1234')\n" +
            "i2c.readfrom(addr, 4)\n" +
            "\n" +
            "Control commands:\n" +
            "  CTRL-A        -- on a blank line, enter raw REPL mode\n" +
            "  CTRL-B        -- on a blank line, enter normal REPL mode\n" +
            "  CTRL-C        -- interrupt a running program\n" +
            "  CTRL-D        -- on a blank line, do a soft reset of the board\n" +
            "  CTRL-E        -- on a blank line, enter paste mode\n" +
            "\n" +
            "For further help on a specific object, type help(obj)\n" +
            "For a list of available modules, type help('modules')\n";

        private const int Columns = 4;
        private const int ColumnWidth = 18;

        /// <summary>help([obj]).</summary>
        internal static PyObject Call(Interpreter ip, PyObject obj)
        {
            if (obj == null)
            {
                ip.Stdout.Write(Text);
            }
            else if (obj is PyStr && ((PyStr)obj).Value == "modules")
            {
                PrintModules(ip);
            }
            else
            {
                PrintObject(ip, obj);
            }

            return PyNone.Value;
        }

        private static void PrintObject(Interpreter ip, PyObject obj)
        {
            PyType type = obj.Type;
            ip.Stdout.Write("object " + Ops.Str(ip, obj) + " is of type " + type.Name.Value + "\n");
            PyDict map;
            bool hideDunders = false;
            if (obj is PyModule)
            {
                map = ((PyModule)obj).Dict;
            }
            else
            {
                PyType t = obj is PyType ? (PyType)obj : type;
                map = t.Dict;

                // Our built-in types keep their operator slots as dunder methods; MicroPython's locals dicts do not.
                hideDunders = !t.IsUserClass;
            }

            for (int i = 0; i < map.EntryLimit; i++)
            {
                PyObject key = map.KeyAt(i);
                if (key != null && !(hideDunders && IsDunder(key)))
                {
                    ip.Stdout.Write("  " + Ops.Str(ip, key) + " -- " + Ops.Str(ip, map.ValueAt(i)) + "\n");
                }
            }
        }

        private static bool IsDunder(PyObject key)
        {
            PyStr k = key as PyStr;
            return k != null && k.Value.Length > 4 && k.Value.StartsWith("__") && k.Value.EndsWith("__");
        }

        private static void PrintModules(Interpreter ip)
        {
            string[] native = ip.NativeModuleNames();
            string[] frozen = ip.FrozenModuleNames();
            string[] all = new string[native.Length + frozen.Length + 2];
            int n = 0;
            n = Add(all, n, "__main__");
            n = Add(all, n, "builtins");
            for (int i = 0; i < native.Length; i++)
            {
                n = Add(all, n, native[i]);
            }

            for (int i = 0; i < frozen.Length; i++)
            {
                // asyncio's parts are private: a user imports asyncio, which loads them.
                if (!frozen[i].StartsWith(FrozenSetup.AsyncioPartPrefix))
                {
                    n = Add(all, n, frozen[i]);
                }
            }

            int rows = (n + Columns - 1) / Columns;
            for (int i = 0; i < rows; i++)
            {
                int j = i;
                string line = string.Empty;
                while (true)
                {
                    line += all[j];
                    int l = all[j].Length;
                    j += rows;
                    if (j >= n)
                    {
                        break;
                    }

                    int gap = ColumnWidth - l;
                    while (gap < 1)
                    {
                        gap += ColumnWidth;
                    }

                    line += new string(' ', gap);
                }

                ip.Stdout.Write(line + "\n");
            }

            ip.Stdout.Write("Plus any modules on the filesystem\n");
        }

        // Inserts name into the sorted prefix all[0, n) unless it is there (byte order, as MicroPython's list sort).
        private static int Add(string[] all, int n, string name)
        {
            int i = n;
            while (i > 0)
            {
                int c = Compare(all[i - 1], name);
                if (c == 0)
                {
                    return n;
                }

                if (c < 0)
                {
                    break;
                }

                i--;
            }

            for (int k = n; k > i; k--)
            {
                all[k] = all[k - 1];
            }

            all[i] = name;
            return n + 1;
        }

        private static int Compare(string a, string b)
        {
            int m = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < m; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }

            return a.Length - b.Length;
        }
    }
}
