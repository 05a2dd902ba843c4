using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>
    /// The text being compiled and its file name; builds SyntaxError exceptions with CPython's arguments
    /// (msg, (filename, lineno, offset, text)). Lines are 1-based, columns 0-based (the offset is column + 1).
    /// </summary>
    public sealed class SourceText
    {
        /// <summary>The whole source.</summary>
        public readonly string Text;

        /// <summary>The file name reported in errors and code objects.</summary>
        public readonly string FileName;

        /// <summary>A source with its file name.</summary>
        public SourceText(string text, string fileName)
        {
            Text = text;
            FileName = fileName;
        }

        /// <summary>The text of a 1-based line, without its line break ("" past the end).</summary>
        public string LineText(int line)
        {
            string t = Text;
            int n = 1;
            int i = 0;
            while (n < line && i < t.Length)
            {
                char c = t[i++];
                if (c == '\n' || (c == '\r' && (i >= t.Length || t[i] != '\n')))
                {
                    n++;
                }
            }

            if (n < line)
            {
                return string.Empty;
            }

            int s = i;
            while (i < t.Length && t[i] != '\n' && t[i] != '\r')
            {
                i++;
            }

            return t.Substring(s, i - s);
        }

        /// <summary>A SyntaxError (or subclass) at a position: msg, (filename, line, col + 1, line text).</summary>
        public PyException Error(PyType type, string msg, int line, int col)
        {
            PyObject[] info = new PyObject[4];
            info[0] = new PyStr(FileName);
            info[1] = PyInt.Get(line);
            info[2] = PyInt.Get(col + 1);
            info[3] = new PyStr(LineText(line) + "\n");
            PyObject[] args = new PyObject[2];
            args[0] = new PyStr(msg);
            args[1] = new PyTuple(info);
            return new PyException(new PyBaseException(type, new PyTuple(args)));
        }

        /// <summary>A plain SyntaxError at a position.</summary>
        public PyException Syntax(string msg, int line, int col)
        {
            return Error(PyExc.SyntaxError, msg, line, col);
        }
    }
}
