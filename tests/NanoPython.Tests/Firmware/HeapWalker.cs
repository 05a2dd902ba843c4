using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NanoPython.Tests.Firmware;

/// <summary>
/// Walks the object graph reachable from labelled roots (host objects) and estimates what the same objects would cost
/// on nanoFramework's heap, where everything is made of 12-byte blocks (FACTS.md, "Memory"):
/// <list type="bullet">
/// <item>a class instance: (instance fields + 1) x 12 bytes, whatever the field types;</item>
/// <item>an array: a 20-byte header plus packed elements (1, 2, 4 or 8 bytes for primitives, 12 for references and
/// structs), rounded up to whole blocks;</item>
/// <item>a string built at run time: a 12-byte header plus its UTF-8 bytes and a NUL, rounded up; a literal stays in the
/// assembly's flash and costs one block for its reference object;</item>
/// <item>a boxed primitive: 24 bytes; a delegate: 36 bytes (its target is walked);</item>
/// <item>a Hashtable as nanoFramework.System.Collections implements it: the object (7 blocks), a bucket array and one
/// 3-field entry object per item; an ArrayList: the object and its item array.</item>
/// </list>
/// Each object is charged to the first root (in walk order) that reaches it, so earlier roots should be the long-lived
/// shared ones. Reflection objects (types, methods, assemblies), threads, wait handles and timers are not walked:
/// on nanoFramework they live in the runtime's metadata or native structures.
/// </summary>
public sealed class HeapWalker
{
    /// <summary>nanoFramework heap block size.</summary>
    public const int Block = 12;

    private readonly HashSet<object> _seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, FieldInfo[]> _fields = new Dictionary<Type, FieldInfo[]>();

    /// <summary>The rows (one per root label), in walk order.</summary>
    public List<Row> Rows { get; } = new List<Row>();

    /// <summary>Totals per assembly of the objects' types.</summary>
    public Dictionary<string, Row> ByAssembly { get; } = new Dictionary<string, Row>();

    /// <summary>The row whose objects are also totalled per type in <see cref="Detail"/> (NANOPY_MEMORY_ROOT).</summary>
    public string DetailLabel { get; set; } = Environment.GetEnvironmentVariable("NANOPY_MEMORY_ROOT");

    /// <summary>Totals per type of the row named <see cref="DetailLabel"/>.</summary>
    public Dictionary<string, Row> Detail { get; } = new Dictionary<string, Row>();

    /// <summary>Totals per type.</summary>
    public Dictionary<string, Row> ByType { get; } = new Dictionary<string, Row>();

    /// <summary>Sum of all rows.</summary>
    public Row Total
    {
        get
        {
            Row t = new Row("total");
            foreach (Row r in Rows)
            {
                t.Objects += r.Objects;
                t.NfBytes += r.NfBytes;
            }

            return t;
        }
    }

    /// <summary>Marks an object as already accounted for (it and what only it reaches will be charged elsewhere or not at all).</summary>
    public void Exclude(object o)
    {
        if (o != null)
        {
            _seen.Add(o);
        }
    }

    /// <summary>Charges objects and bytes worked out by the caller to the row named label.</summary>
    public void Charge(string label, long objects, long bytes)
    {
        Row row = Rows.FirstOrDefault(r => r.Label == label);
        if (row == null)
        {
            row = new Row(label);
            Rows.Add(row);
        }

        row.Objects += objects;
        row.NfBytes += bytes;
    }

    /// <summary>Charges everything newly reachable from root to a row named label (rows with the same label add up).</summary>
    public Row Walk(string label, object root)
    {
        Row row = Rows.FirstOrDefault(r => r.Label == label);
        if (row == null)
        {
            row = new Row(label);
            Rows.Add(row);
        }

        Stack<object> stack = new Stack<object>();
        Push(stack, root);
        while (stack.Count > 0)
        {
            object o = stack.Pop();
            long cost = Visit(o, stack);
            row.Objects++;
            row.NfBytes += cost;
            if (DetailLabel != null && label == DetailLabel)
            {
                Add(Detail, o.GetType().Name, cost);
            }

            Add(ByAssembly, AssemblyOf(o.GetType()), cost);
            Add(ByType, o.GetType().Name, cost);
        }

        return row;
    }

    /// <summary>The nanoFramework cost of an array of n elements of type element.</summary>
    public static long ArrayCost(Type element, long n)
    {
        return RoundUp(20 + n * ElementSize(element));
    }

    /// <summary>The size of one element of an array of t on nanoFramework (references and structs take a block).</summary>
    public static int ElementSize(Type t)
    {
        if (t.IsEnum)
        {
            t = Enum.GetUnderlyingType(t);
        }

        if (t == typeof(bool) || t == typeof(byte) || t == typeof(sbyte))
        {
            return 1;
        }

        if (t == typeof(char) || t == typeof(short) || t == typeof(ushort))
        {
            return 2;
        }

        if (t == typeof(int) || t == typeof(uint) || t == typeof(float))
        {
            return 4;
        }

        if (t == typeof(long) || t == typeof(ulong) || t == typeof(double))
        {
            return 8;
        }

        return Block;
    }

    /// <summary>n rounded up to whole heap blocks.</summary>
    public static long RoundUp(long n)
    {
        return (n + Block - 1) / Block * Block;
    }

    private static void Add(Dictionary<string, Row> d, string key, long cost)
    {
        if (!d.TryGetValue(key, out Row r))
        {
            r = new Row(key);
            d[key] = r;
        }

        r.Objects++;
        r.NfBytes += cost;
    }

    private static string AssemblyOf(Type t)
    {
        while (t.IsArray)
        {
            t = t.GetElementType();
        }

        string name = t.Assembly.GetName().Name;
        return name.StartsWith("NanoPython.", StringComparison.Ordinal) || name == "NanoPython.Tests" ? name : "BCL (" + name + ")";
    }

    private void Push(Stack<object> stack, object o)
    {
        if (o == null || Skipped(o.GetType()) || !_seen.Add(o))
        {
            return;
        }

        stack.Push(o);
    }

    private static bool Skipped(Type t)
    {
        return typeof(Type).IsAssignableFrom(t) || typeof(MemberInfo).IsAssignableFrom(t) || typeof(Assembly).IsAssignableFrom(t)
            || typeof(Module).IsAssignableFrom(t) || t == typeof(System.Threading.Thread) || typeof(System.Threading.WaitHandle).IsAssignableFrom(t)
            || t == typeof(System.Threading.Timer) || typeof(System.Runtime.InteropServices.SafeHandle).IsAssignableFrom(t)
            || t.FullName == "System.Reflection.Pointer" || t.Namespace == "System.Reflection" || t.Namespace == "System.Runtime.Serialization";
    }

    // Returns the nanoFramework cost of o and pushes what it references.
    private long Visit(object o, Stack<object> stack)
    {
        Type t = o.GetType();
        if (o is string s)
        {
            return string.IsInterned(s) != null ? Block : RoundUp(Block + System.Text.Encoding.UTF8.GetByteCount(s) + 1);
        }

        if (t.IsPrimitive || t.IsEnum)
        {
            return 24;
        }

        if (o is Delegate d)
        {
            Push(stack, d.Target);
            return 36;
        }

        if (o is Array a)
        {
            Type e = t.GetElementType();
            if (!e.IsPrimitive && !e.IsEnum)
            {
                foreach (object x in a)
                {
                    Push(stack, x);
                }
            }

            return ArrayCost(e, a.LongLength);
        }

        if (o is Hashtable h)
        {
            foreach (DictionaryEntry en in h)
            {
                Push(stack, en.Key);
                Push(stack, en.Value);
            }

            int buckets = Math.Max(4, h.Count * 4 / 3 + 1);
            return 7 * Block + ArrayCost(typeof(object), buckets) + h.Count * 4L * Block;
        }

        if (o is ArrayList l)
        {
            foreach (object x in l)
            {
                Push(stack, x);
            }

            return 3 * Block + ArrayCost(typeof(object), Math.Max(l.Capacity, 4));
        }

        long cost = Block;
        foreach (FieldInfo f in FieldsOf(t))
        {
            cost += Block;
            Type ft = f.FieldType;
            if (ft.IsPrimitive || ft.IsEnum || ft.IsPointer)
            {
                continue;
            }

            object v = f.GetValue(o);
            if (v == null)
            {
                continue;
            }

            if (ft.IsValueType)
            {
                // A struct field: its own fields count like a nested object's (nanoFramework boxes them in blocks).
                cost += Visit(v, stack);
            }
            else
            {
                Push(stack, v);
            }
        }

        return cost;
    }

    private FieldInfo[] FieldsOf(Type t)
    {
        if (_fields.TryGetValue(t, out FieldInfo[] fs))
        {
            return fs;
        }

        List<FieldInfo> all = new List<FieldInfo>();
        for (Type c = t; c != null && c != typeof(object); c = c.BaseType)
        {
            all.AddRange(c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        fs = all.ToArray();
        _fields[t] = fs;
        return fs;
    }

    /// <summary>Static fields of the NanoPython assemblies loaded in this process, in a stable order.</summary>
    public static List<FieldInfo> StaticFields(IEnumerable<Assembly> assemblies)
    {
        List<FieldInfo> r = new List<FieldInfo>();
        foreach (Assembly asm in assemblies.OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            foreach (Type t in asm.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (t.IsGenericTypeDefinition || t.GetCustomAttribute<CompilerGeneratedAttribute>() != null)
                {
                    continue;
                }

                foreach (FieldInfo f in t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!f.IsLiteral)
                    {
                        r.Add(f);
                    }
                }
            }
        }

        return r;
    }

    /// <summary>One line of the report.</summary>
    public sealed class Row
    {
        /// <summary>A row named label.</summary>
        public Row(string label)
        {
            Label = label;
        }

        /// <summary>What was walked.</summary>
        public string Label { get; }

        /// <summary>Objects charged here.</summary>
        public long Objects { get; set; }

        /// <summary>Their estimated nanoFramework heap bytes.</summary>
        public long NfBytes { get; set; }
    }
}
