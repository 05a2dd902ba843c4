using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Runtime;

namespace NanoPython.Tests.Text
{
    /// <summary>
    /// Case mapping and character classes of every BMP code point against CPython, through the str methods: the hashes
    /// of TextCases.UnicodeBlockHashes (gen_cases.py) cover each function on each 4096-code-point block.
    /// </summary>
    [TestClass]
    public class UnicodeDataTests
    {
        [TestMethod]
        public void Unicode_EveryBmpCodePoint_MatchesCPython()
        {
            TextHost h = new TextHost();
            string[,] rows = TextCases.UnicodeBlockHashes;
            StringBuilder failures = new StringBuilder();
            for (int r = 0; r < rows.GetLength(0); r++)
            {
                string name = rows[r, 0];
                int block = int.Parse(rows[r, 1]);
                PyObject method = Ops.GetAttr(h.Ip, PyTypes.Str, Intern.Get(name));
                uint hash = 2166136261;
                for (int c = block * 4096; c < block * 4096 + 4096; c++)
                {
                    if (c >= 0xD800 && c <= 0xDFFF)
                    {
                        continue;
                    }

                    PyObject v = Ops.Call1(h.Ip, method, PyStr.OfChar((char)c));
                    string text = v is PyBool b ? (b.Value != 0 ? "1" : "0") : ((PyStr)v).Value;
                    foreach (char u in text)
                    {
                        hash = (hash ^ u) * 16777619;
                    }

                    hash *= 16777619;
                }

                if (hash.ToString("x8") != rows[r, 2])
                {
                    failures.Append(name).Append(" block ").Append(block).Append('\n');
                }
            }

            Assert.AreEqual(string.Empty, failures.ToString());
        }
    }
}
