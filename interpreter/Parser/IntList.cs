namespace NanoPython.Compiler
{
    /// <summary>A growable list of ints (nanoFramework has no List&lt;int&gt;; an ArrayList would box every element).</summary>
    public sealed class IntList
    {
        private int[] _items;
        private int _count;

        /// <summary>An empty list with room for a few items.</summary>
        public IntList()
        {
            _items = new int[8];
        }

        /// <summary>An empty list with the given initial capacity.</summary>
        public IntList(int capacity)
        {
            _items = new int[capacity < 4 ? 4 : capacity];
        }

        /// <summary>Number of items; setting it lower truncates.</summary>
        public int Count
        {
            get { return _count; }
            set { _count = value; }
        }

        /// <summary>The item at an index.</summary>
        public int this[int i]
        {
            get { return _items[i]; }
            set { _items[i] = value; }
        }

        /// <summary>The backing array (valid up to <see cref="Count"/>).</summary>
        public int[] Items
        {
            get { return _items; }
        }

        /// <summary>Appends an item.</summary>
        public void Add(int v)
        {
            if (_count == _items.Length)
            {
                Grow(_count + 1);
            }

            _items[_count++] = v;
        }

        /// <summary>Makes room for at least n items.</summary>
        public void Grow(int n)
        {
            if (n <= _items.Length)
            {
                return;
            }

            // Grow by half: the arena of a large module gets big, doubling would waste a lot of a small heap.
            int size = _items.Length + (_items.Length >> 1) + 4;
            if (size < n)
            {
                size = n;
            }

            int[] a = new int[size];
            System.Array.Copy(_items, a, _count);
            _items = a;
        }

        /// <summary>Removes and returns the last item.</summary>
        public int Pop()
        {
            return _items[--_count];
        }

        /// <summary>The last item.</summary>
        public int Peek()
        {
            return _items[_count - 1];
        }

        /// <summary>The items as a new array of exactly Count elements.</summary>
        public int[] ToArray()
        {
            int[] a = new int[_count];
            System.Array.Copy(_items, a, _count);
            return a;
        }
    }
}
