using System.Collections.Generic;
using NanoPython.Runtime;

namespace NanoPython.Tests.Builtins
{
    /// <summary>
    /// A stand-in for the compiler (which is built elsewhere) understanding three statement shapes, enough to test
    /// exec/eval/compile plumbing: "NAME", "NAME = INT" and "NAME()" (a call with no arguments), or an INT literal.
    /// It records the file names and modes it was asked for.
    /// </summary>
    internal sealed class FakeCompiler : ICompiler
    {
        public readonly List<string> Calls = new List<string>();

        public CodeObject Compile(Interpreter ip, string source, string fileName, int mode)
        {
            Calls.Add(fileName + ":" + mode + ":" + source);
            string s = source.Trim();
            List<byte> code = new List<byte>();
            List<PyObject> consts = new List<PyObject>();
            List<PyStr> names = new List<PyStr>();
            int eq = s.IndexOf('=');
            if (eq > 0)
            {
                consts.Add(PyInt.Get(long.Parse(s.Substring(eq + 1).Trim())));
                names.Add(Intern.Get(s.Substring(0, eq).Trim()));
                code.AddRange(new byte[] { Opcodes.LOAD_CONST, 0, Opcodes.STORE_NAME, 0, Opcodes.LOAD_NONE, Opcodes.RETURN_VALUE });
            }
            else if (s.EndsWith("()"))
            {
                names.Add(Intern.Get(s.Substring(0, s.Length - 2)));
                code.AddRange(new byte[] { Opcodes.LOAD_NAME, 0, Opcodes.CALL_FUNCTION, 0, Opcodes.RETURN_VALUE });
            }
            else if (long.TryParse(s, out long v))
            {
                consts.Add(PyInt.Get(v));
                code.AddRange(new byte[] { Opcodes.LOAD_CONST, 0, Opcodes.RETURN_VALUE });
            }
            else
            {
                names.Add(Intern.Get(s));
                code.AddRange(new byte[] { Opcodes.LOAD_NAME, 0, Opcodes.RETURN_VALUE });
            }

            if (mode == CompileMode.Exec && code[code.Count - 2] != Opcodes.LOAD_NONE)
            {
                // Statements produce no value.
                code.Insert(code.Count - 1, Opcodes.POP_TOP);
                code.Insert(code.Count - 1, Opcodes.LOAD_NONE);
            }

            return Code(code.ToArray(), consts.ToArray(), names.ToArray(), new PyStr[0], fileName, CodeObject.FlagDictLocals);
        }

        public bool IsComplete(string source) => true;

        public static CodeObject Code(byte[] code, PyObject[] consts, PyStr[] names, PyStr[] varNames, string fileName, int flags) => new CodeObject
        {
            Code = NanoPython.Compiler.Emitter.Pack(code, code.Length, new int[0], 0, new byte[0], 0, 0, 0, 1),
            Constants = consts,
            Names = names,
            VarNames = varNames,
            CellNames = new PyStr[0],
            FreeNames = new PyStr[0],
            CellArgIndex = new int[0],
            ArgCount = varNames.Length,
            Flags = flags,
            MaxStack = 4,
            Name = Intern.Get("<module>"),
            FileName = Intern.Get(fileName),
        };
    }
}
