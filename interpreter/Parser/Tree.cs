using System.Collections;

namespace NanoPython.Compiler
{
    /// <summary>
    /// The syntax tree, stored compactly for a small heap: all nodes live in one int array (the arena) and literal
    /// values and names in one object table. A node is identified by its index in the arena and occupies
    /// 2 + (number of slots) ints: [kind | slotCount &lt;&lt; 8] [line &lt;&lt; 12 | column] [slot...]; so a Name costs
    /// 12 bytes plus an object-table entry, a BinOp 20 bytes. Nodes are appended bottom-up (children before their
    /// parent), which is the order a recursive-descent parser produces them in. Slot meanings per kind: NodeKind.
    /// The tree is the interface between the parser and the code generator (they may live in separate assemblies).
    /// </summary>
    public sealed class Tree
    {
        private const int ColumnBits = 12;
        private const int MaxColumn = (1 << ColumnBits) - 1;

        private readonly IntList _data = new IntList(256);
        private readonly ArrayList _objects = new ArrayList();

        /// <summary>The root node (a Block for exec/single input, an expression for eval input).</summary>
        public int Root;

        /// <summary>Number of ints in the arena (for memory statistics).</summary>
        public int ArenaSize
        {
            get { return _data.Count; }
        }

        /// <summary>Number of entries in the object table.</summary>
        public int ObjectCount
        {
            get { return _objects.Count; }
        }

        /// <summary>Packs a line and a column into a node position (columns beyond 4095 are clamped).</summary>
        public static int Pos(int line, int col)
        {
            if (col > MaxColumn)
            {
                col = MaxColumn;
            }

            if (line > 0x7FFFF)
            {
                line = 0x7FFFF;
            }

            return (line << ColumnBits) | col;
        }

        /// <summary>The kind of a node (NodeKind).</summary>
        public int Kind(int n)
        {
            return _data[n] & 0xFF;
        }

        /// <summary>The number of slots of a node.</summary>
        public int Count(int n)
        {
            return _data[n] >> 8;
        }

        /// <summary>The packed position of a node.</summary>
        public int PosOf(int n)
        {
            return _data[n + 1];
        }

        /// <summary>The line of a node.</summary>
        public int Line(int n)
        {
            return _data[n + 1] >> ColumnBits;
        }

        /// <summary>The column (0-based) of a node.</summary>
        public int Col(int n)
        {
            return _data[n + 1] & MaxColumn;
        }

        /// <summary>Slot i of a node.</summary>
        public int Child(int n, int i)
        {
            return _data[n + 2 + i];
        }

        /// <summary>The object-table entry referenced by slot i of a node.</summary>
        public object Obj(int n, int i)
        {
            return _objects[_data[n + 2 + i]];
        }

        /// <summary>An object-table entry by index.</summary>
        public object ObjAt(int index)
        {
            return _objects[index];
        }

        /// <summary>Adds an object to the object table; returns its index.</summary>
        public int AddObject(object o)
        {
            return _objects.Add(o);
        }

        /// <summary>Appends a node without slots.</summary>
        public int Add(int kind, int pos)
        {
            int n = Begin(kind, pos, 0);
            return n;
        }

        /// <summary>Appends a node with one slot.</summary>
        public int Add(int kind, int pos, int a)
        {
            int n = Begin(kind, pos, 1);
            _data.Add(a);
            return n;
        }

        /// <summary>Appends a node with two slots.</summary>
        public int Add(int kind, int pos, int a, int b)
        {
            int n = Begin(kind, pos, 2);
            _data.Add(a);
            _data.Add(b);
            return n;
        }

        /// <summary>Appends a node with three slots.</summary>
        public int Add(int kind, int pos, int a, int b, int c)
        {
            int n = Begin(kind, pos, 3);
            _data.Add(a);
            _data.Add(b);
            _data.Add(c);
            return n;
        }

        /// <summary>Appends a node with four slots.</summary>
        public int Add(int kind, int pos, int a, int b, int c, int d)
        {
            int n = Begin(kind, pos, 4);
            _data.Add(a);
            _data.Add(b);
            _data.Add(c);
            _data.Add(d);
            return n;
        }

        /// <summary>Appends a node with some leading slots followed by the slots src[from..src.Count).</summary>
        public int AddList(int kind, int pos, int lead, int a, int b, int c, int d, IntList src, int from)
        {
            int count = src.Count - from;
            int n = Begin(kind, pos, lead + count);
            if (lead > 0)
            {
                _data.Add(a);
            }

            if (lead > 1)
            {
                _data.Add(b);
            }

            if (lead > 2)
            {
                _data.Add(c);
            }

            if (lead > 3)
            {
                _data.Add(d);
            }

            for (int i = from; i < src.Count; i++)
            {
                _data.Add(src[i]);
            }

            return n;
        }

        /// <summary>Appends a node whose slots are src[from..src.Count).</summary>
        public int AddList(int kind, int pos, IntList src, int from)
        {
            return AddList(kind, pos, 0, 0, 0, 0, 0, src, from);
        }

        /// <summary>Overwrites slot i of a node.</summary>
        public void SetChild(int n, int i, int value)
        {
            _data[n + 2 + i] = value;
        }

        private int Begin(int kind, int pos, int count)
        {
            int n = _data.Count;
            _data.Grow(n + 2 + count);
            _data.Add(kind | (count << 8));
            _data.Add(pos);
            return n;
        }
    }
}
