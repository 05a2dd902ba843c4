namespace NanoPython.Runtime
{
    /// <summary>
    /// The bytecode interpreter: one dispatch loop (<see cref="Run"/>). Python-to-Python calls push a frame and continue in
    /// the same loop, so deep Python recursion never deepens the CLR stack; only native code calling back into Python
    /// (a key= function, a dunder method called by a dict lookup, a generator resumed by a native) re-enters Run, and
    /// every frame counts against <see cref="Interpreter.MaxDepth"/>. Exceptions raised by Python code unwind through
    /// the frames' exception tables without throwing; exceptions from native code arrive as <see cref="PyException"/>,
    /// caught once per instruction that failed. The common shapes (small ints, locals, simple calls) are handled inline;
    /// everything else goes to <see cref="Ops"/>.
    /// </summary>
    public static partial class Vm
    {
        /// <summary>
        /// Runs a frame until it returns (the return value) or, for a generator frame, yields (the yielded value, with
        /// frame.Yielded set). With toThrow, the exception is raised at the frame's last instruction first (gen.throw).
        /// Exceptions that leave the entry frame are thrown as PyException. The caller accounts the entry frame's depth.
        /// </summary>
        public static PyObject Run(Interpreter ip, Frame entry, PyBaseException toThrow)
        {
            Frame saved = ip.CurrentFrame;
            Frame f = entry;
            ip.CurrentFrame = f;
            CodeObject co = f.Code;
            byte[] code = co.Code;
            PyObject[] s = f.Slots;

            // Stores into the stack go through this ref: stelem.ref on a PyObject[] checks the stored object's type
            // against the array's element type (a walk up the class hierarchy on .NET), ldelema only checks that the
            // array is exactly PyObject[]. It is re-pointed before every store.
            ref PyObject slot = ref s[0];
            PyObject[] consts = co.Constants;
            PyStr[] names = co.Names;
            int pc = f.Pc;
            int sp = f.Sp;
            int lastPc = f.LastPc;
            PyBaseException exc = toThrow;
            bool addTraceback = toThrow != null;

            // Call set-up shared by the CALL opcodes (see DoCall below).
            PyObject callee = null;
            int callBase = 0;
            int argStart = 0;
            int argCount = 0;
            PyTuple kwnames = null;

            while (true)
            {
                if (exc == null)
                {
                    try
                    {
                        for (;;)
                        {
                            lastPc = pc;
                            int op = code[pc++];
                            if (op >= Opcodes.FirstMulti)
                            {
                                if (op < Opcodes.STORE_FAST_MULTI)
                                {
                                    PyObject v = s[op - Opcodes.LOAD_FAST_MULTI];
                                    if (v == null)
                                    {
                                        throw UnboundLocal(co, op - Opcodes.LOAD_FAST_MULTI);
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                if (op < Opcodes.LOAD_SMALL_INT_MULTI)
                                {
                                    slot = ref s[op - Opcodes.STORE_FAST_MULTI];
                                    slot = s[--sp];
                                    continue;
                                }

                                if (op < Opcodes.BINARY_OP_MULTI)
                                {
                                    slot = ref s[sp++];
                                    slot = PyInt.Get(op - Opcodes.LOAD_SMALL_INT_MULTI + Opcodes.SmallIntMultiMin);
                                    continue;
                                }

                                if (op < Opcodes.COMPARE_OP_MULTI)
                                {
                                    int bop = op - Opcodes.BINARY_OP_MULTI;
                                    PyObject b = s[--sp];
                                    PyObject a = s[sp - 1];
                                    PyInt ia = a as PyInt;
                                    PyInt ib = b as PyInt;
                                    if (ia != null && ib != null)
                                    {
                                        long x = ia.Value;
                                        long y = ib.Value;
                                        int o = bop >= BinaryOp.InplaceOffset ? bop - BinaryOp.InplaceOffset : bop;
                                        if (o == BinaryOp.Add)
                                        {
                                            long r = x + y;
                                            if (((x ^ r) & (y ^ r)) >= 0)
                                            {
                                                slot = ref s[sp - 1];
                                                slot = PyInt.Get(r);
                                                continue;
                                            }
                                        }
                                        else if (o == BinaryOp.Subtract)
                                        {
                                            long r = x - y;
                                            if (((x ^ y) & (x ^ r)) >= 0)
                                            {
                                                slot = ref s[sp - 1];
                                                slot = PyInt.Get(r);
                                                continue;
                                            }
                                        }
                                        else if (o <= BinaryOp.Or && !(a is PyBool && b is PyBool))
                                        {
                                            slot = ref s[sp - 1];
                                            slot = PyInt.Arith(ip, o, x, y, a, b);
                                            continue;
                                        }
                                    }
                                    else
                                    {
                                        PyFloat fa = a as PyFloat;
                                        PyFloat fb = b as PyFloat;
                                        if (fa != null && fb != null)
                                        {
                                            slot = ref s[sp - 1];
                                            slot = PyFloat.Arith(ip, bop >= BinaryOp.InplaceOffset ? bop - BinaryOp.InplaceOffset : bop, fa.Value, fb.Value);
                                            continue;
                                        }
                                    }

                                    slot = ref s[sp - 1];
                                    slot = Ops.Binary(ip, bop, a, b);
                                    continue;
                                }

                                {
                                    int cop = op - Opcodes.COMPARE_OP_MULTI;
                                    PyObject b = s[--sp];
                                    PyObject a = s[sp - 1];
                                    PyInt ia = a as PyInt;
                                    PyInt ib = b as PyInt;
                                    if (ia != null && ib != null && cop <= CompareOp.Ge)
                                    {
                                        long x = ia.Value;
                                        long y = ib.Value;
                                        bool r;
                                        switch (cop)
                                        {
                                            case CompareOp.Lt: r = x < y; break;
                                            case CompareOp.Le: r = x <= y; break;
                                            case CompareOp.Eq: r = x == y; break;
                                            case CompareOp.Ne: r = x != y; break;
                                            case CompareOp.Gt: r = x > y; break;
                                            default: r = x >= y; break;
                                        }

                                        slot = ref s[sp - 1];
                                        slot = r ? PyBool.True : PyBool.False;
                                        continue;
                                    }

                                    slot = ref s[sp - 1];
                                    slot = Ops.Compare(ip, cop, a, b);
                                    continue;
                                }
                            }

                            if (op >= Opcodes.FirstJump)
                            {
                                int target = code[pc] | (code[pc + 1] << 8);
                                pc += 2;
                                switch (op)
                                {
                                    case Opcodes.JUMP:
                                        pc = target;
                                        continue;
                                    case Opcodes.JUMP_BACK:
                                        pc = target;
                                        if (ip.PendingWork != 0)
                                        {
                                            f.Pc = pc;
                                            f.Sp = sp;
                                            ip.HandlePending();
                                        }

                                        continue;
                                    case Opcodes.POP_JUMP_IF_FALSE:
                                    {
                                        PyObject v = s[--sp];
                                        if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(ip, v)))
                                        {
                                            pc = target;
                                        }

                                        continue;
                                    }

                                    case Opcodes.POP_JUMP_IF_TRUE:
                                    {
                                        PyObject v = s[--sp];
                                        if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ip, v)))
                                        {
                                            pc = target;
                                        }

                                        continue;
                                    }

                                    case Opcodes.JUMP_IF_FALSE_OR_POP:
                                        if (!Ops.IsTrue(ip, s[sp - 1]))
                                        {
                                            pc = target;
                                        }
                                        else
                                        {
                                            sp--;
                                        }

                                        continue;
                                    case Opcodes.JUMP_IF_TRUE_OR_POP:
                                        if (Ops.IsTrue(ip, s[sp - 1]))
                                        {
                                            pc = target;
                                        }
                                        else
                                        {
                                            sp--;
                                        }

                                        continue;
                                    case Opcodes.FOR_ITER:
                                    {
                                        PyObject v = s[sp - 1].Next(ip);
                                        if (v != null)
                                        {
                                            slot = ref s[sp++];
                                            slot = v;
                                        }
                                        else
                                        {
                                            s[--sp] = null;
                                            pc = target;
                                        }

                                        continue;
                                    }
                                }

                                throw BadOpcode(op);
                            }

                            int arg = 0;
                            if (op >= Opcodes.FirstUint)
                            {
                                arg = code[pc++];
                                if (arg >= 0x80)
                                {
                                    arg = ReadVarint(code, ref pc, arg);
                                }
                            }

                            switch (op)
                            {
                                case Opcodes.NOP:
                                    continue;
                                case Opcodes.POP_TOP:
                                    s[--sp] = null;
                                    continue;
                                case Opcodes.ROT_TWO:
                                {
                                    PyObject t = s[sp - 1];
                                    slot = ref s[sp - 1];
                                    slot = s[sp - 2];
                                    slot = ref s[sp - 2];
                                    slot = t;
                                    continue;
                                }

                                case Opcodes.ROT_THREE:
                                {
                                    PyObject t = s[sp - 1];
                                    slot = ref s[sp - 1];
                                    slot = s[sp - 2];
                                    slot = ref s[sp - 2];
                                    slot = s[sp - 3];
                                    slot = ref s[sp - 3];
                                    slot = t;
                                    continue;
                                }

                                case Opcodes.DUP_TOP:
                                    slot = ref s[sp];
                                    slot = s[sp - 1];
                                    sp++;
                                    continue;
                                case Opcodes.DUP_TOP_TWO:
                                    slot = ref s[sp];
                                    slot = s[sp - 2];
                                    slot = ref s[sp + 1];
                                    slot = s[sp - 1];
                                    sp += 2;
                                    continue;
                                case Opcodes.LOAD_NONE:
                                    slot = ref s[sp++];
                                    slot = PyNone.Value;
                                    continue;
                                case Opcodes.LOAD_TRUE:
                                    slot = ref s[sp++];
                                    slot = PyBool.True;
                                    continue;
                                case Opcodes.LOAD_FALSE:
                                    slot = ref s[sp++];
                                    slot = PyBool.False;
                                    continue;
                                case Opcodes.LOAD_ELLIPSIS:
                                    slot = ref s[sp++];
                                    slot = PyEllipsis.Value;
                                    continue;
                                case Opcodes.UNARY_POSITIVE:
                                    slot = ref s[sp - 1];
                                    slot = Ops.Unary(ip, UnaryOp.Positive, s[sp - 1]);
                                    continue;
                                case Opcodes.UNARY_NEGATIVE:
                                {
                                    PyInt i = s[sp - 1] as PyInt;
                                    slot = ref s[sp - 1];
                                    slot = i != null && i.Value != long.MinValue ? PyInt.Get(-i.Value) : Ops.Unary(ip, UnaryOp.Negative, s[sp - 1]);
                                    continue;
                                }

                                case Opcodes.UNARY_NOT:
                                    slot = ref s[sp - 1];
                                    slot = Ops.IsTrue(ip, s[sp - 1]) ? PyBool.False : PyBool.True;
                                    continue;
                                case Opcodes.UNARY_INVERT:
                                    slot = ref s[sp - 1];
                                    slot = Ops.Unary(ip, UnaryOp.Invert, s[sp - 1]);
                                    continue;
                                case Opcodes.LOAD_SUBSCR:
                                {
                                    PyObject key = s[--sp];
                                    PyObject container = s[sp - 1];
                                    PyList l = container as PyList;
                                    PyInt ki = key as PyInt;
                                    if (l != null && ki != null)
                                    {
                                        slot = ref s[sp - 1];
                                        slot = l.Items[l.CheckIndex(ki.Value)];
                                        continue;
                                    }

                                    slot = ref s[sp - 1];
                                    slot = Ops.GetItem(ip, container, key);
                                    continue;
                                }

                                case Opcodes.STORE_SUBSCR:
                                {
                                    PyObject key = s[--sp];
                                    PyObject container = s[--sp];
                                    PyObject value = s[--sp];
                                    PyList l = container as PyList;
                                    PyInt ki = key as PyInt;
                                    if (l != null && ki != null)
                                    {
                                        slot = ref l.Items[l.CheckIndex(ki.Value)];
                                        slot = value;
                                        continue;
                                    }

                                    Ops.SetItem(ip, container, key, value);
                                    continue;
                                }

                                case Opcodes.DELETE_SUBSCR:
                                {
                                    PyObject key = s[--sp];
                                    PyObject container = s[--sp];
                                    Ops.DelItem(ip, container, key);
                                    continue;
                                }

                                case Opcodes.GET_ITER:
                                    slot = ref s[sp - 1];
                                    slot = Ops.GetIter(ip, s[sp - 1]);
                                    continue;
                                case Opcodes.RETURN_VALUE:
                                {
                                    PyObject rv = s[--sp];
                                    if (ReferenceEquals(f, entry))
                                    {
                                        f.Pc = pc;
                                        f.Sp = sp;
                                        f.LastPc = lastPc;
                                        ip.CurrentFrame = saved;
                                        return rv;
                                    }

                                    Frame caller = f.Back;
                                    PyObject initResult = f.InitSelf;
                                    if (initResult != null)
                                    {
                                        if (!(rv is PyNone))
                                        {
                                            throw new PyException(PyExc.TypeError, "__init__() should return None, not '" + rv.Type.Name.Value + "'");
                                        }

                                        rv = initResult;
                                    }

                                    ip.Depth--;
                                    ip.Frames.Release(f);
                                    f = caller;
                                    co = f.Code;
                                    code = co.Code;
                                    s = f.Slots;
                                    consts = co.Constants;
                                    names = co.Names;
                                    pc = f.Pc;
                                    sp = f.Sp;
                                    ip.CurrentFrame = f;
                                    slot = ref s[sp++];
                                    slot = rv;
                                    continue;
                                }

                                case Opcodes.YIELD_VALUE:
                                {
                                    PyObject yv = s[--sp];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    f.LastPc = lastPc;
                                    f.Yielded = true;
                                    ip.CurrentFrame = saved;
                                    return yv;
                                }

                                case Opcodes.YIELD_FROM:
                                {
                                    PyObject sent = s[--sp];
                                    PyObject sub = s[sp - 1];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    f.LastPc = lastPc;
                                    PyObject returned;
                                    PyObject yv = SendTo(ip, sub, sent, out returned);
                                    if (yv != null)
                                    {
                                        // Suspend; YIELD_FROM runs again on resume with the sent value pushed.
                                        f.Pc = lastPc;
                                        f.Yielded = true;
                                        ip.CurrentFrame = saved;
                                        return yv;
                                    }

                                    slot = ref s[sp - 1];
                                    slot = returned;
                                    continue;
                                }

                                case Opcodes.GET_YIELD_FROM_ITER:
                                {
                                    PyObject v = s[sp - 1];
                                    PyGenerator g = v as PyGenerator;
                                    if (g == null)
                                    {
                                        slot = ref s[sp - 1];
                                        slot = Ops.GetIter(ip, v);
                                    }
                                    else if (g.IsCoroutine && (co.Flags & CodeObject.FlagCoroutine) == 0)
                                    {
                                        throw new PyException(PyExc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                                    }

                                    continue;
                                }

                                case Opcodes.GET_AWAITABLE:
                                    slot = ref s[sp - 1];
                                    slot = GetAwaitable(ip, s[sp - 1]);
                                    continue;
                                case Opcodes.LOAD_BUILD_CLASS:
                                {
                                    PyObject bc = f.Builtins.LookupName(Names.Get(Names.__build_class__));
                                    if (bc == null)
                                    {
                                        throw new PyException(PyExc.NameError, "__build_class__ not found");
                                    }

                                    slot = ref s[sp++];
                                    slot = bc;
                                    continue;
                                }

                                case Opcodes.LOAD_ASSERTION_ERROR:
                                    slot = ref s[sp++];
                                    slot = PyExc.AssertionError;
                                    continue;
                                case Opcodes.PRINT_EXPR:
                                {
                                    PyObject v = s[--sp];
                                    if (!(v is PyNone))
                                    {
                                        ip.Builtins.SetName(Names.Underscore, v);
                                        ip.Stdout.Write(Ops.Repr(ip, v) + "\n");
                                    }

                                    continue;
                                }

                                case Opcodes.PUSH_EXC_INFO:
                                {
                                    PyObject e = s[sp - 1];
                                    slot = ref s[sp - 1];
                                    slot = f.Handled ?? PyNone.Value;
                                    slot = ref s[sp++];
                                    slot = e;
                                    f.Handled = e;
                                    continue;
                                }

                                case Opcodes.POP_EXCEPT:
                                {
                                    PyObject prev = s[--sp];
                                    f.Handled = prev is PyNone ? null : prev;
                                    continue;
                                }

                                case Opcodes.RERAISE:
                                    exc = (PyBaseException)s[--sp];
                                    addTraceback = false;
                                    goto Unwind;
                                case Opcodes.CHECK_EXC_MATCH:
                                {
                                    PyObject t = s[--sp];
                                    CheckCatchable(t);
                                    bool match = Ops.IsInstance(ip, s[sp - 1], t);
                                    slot = ref s[sp++];
                                    slot = match ? PyBool.True : PyBool.False;
                                    continue;
                                }

                                case Opcodes.BEFORE_WITH:
                                case Opcodes.BEFORE_ASYNC_WITH:
                                {
                                    PyObject mgr = s[sp - 1];
                                    bool isAsync = op == Opcodes.BEFORE_ASYNC_WITH;
                                    PyType mt = mgr.Type;
                                    PyObject enter = mt.Lookup(isAsync ? Names.__aenter__ : Names.__enter__);
                                    PyObject exit = mt.Lookup(isAsync ? Names.__aexit__ : Names.__exit__);
                                    if (enter == null || exit == null)
                                    {
                                        throw new PyException(PyExc.TypeError, "'" + mt.Name.Value + "' object does not support the " + (isAsync ? "asynchronous " : string.Empty) + "context manager protocol");
                                    }

                                    slot = ref s[sp - 1];
                                    slot = exit.DescrGet(ip, mgr, mt);
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    slot = ref s[sp++];
                                    slot = Ops.CallMethod1(ip, enter, mgr);
                                    continue;
                                }

                                case Opcodes.WITH_EXCEPT_START:
                                {
                                    PyBaseException e = (PyBaseException)s[sp - 1];
                                    PyObject exit = s[sp - 3];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    PyObject tb = e.Traceback != null ? (PyObject)new PyTraceback(e.Traceback) : PyNone.Value;
                                    slot = ref s[sp++];
                                    slot = Ops.Call3(ip, exit, e.Type, e, tb);
                                    continue;
                                }

                                case Opcodes.GET_AITER:
                                {
                                    PyObject v = s[sp - 1];
                                    PyObject m = v.Type.Lookup(Names.__aiter__);
                                    if (m == null)
                                    {
                                        throw new PyException(PyExc.TypeError, "'async for' requires an object with __aiter__ method, got " + v.Type.Name.Value);
                                    }

                                    slot = ref s[sp - 1];
                                    slot = Ops.CallMethod1(ip, m, v);
                                    continue;
                                }

                                case Opcodes.GET_ANEXT:
                                {
                                    PyObject v = s[sp - 1];
                                    PyObject m = v.Type.Lookup(Names.__anext__);
                                    if (m == null)
                                    {
                                        throw new PyException(PyExc.TypeError, "'async for' requires an iterator with __anext__ method, got " + v.Type.Name.Value);
                                    }

                                    slot = ref s[sp++];
                                    slot = GetAwaitable(ip, Ops.CallMethod1(ip, m, v));
                                    continue;
                                }

                                case Opcodes.END_ASYNC_FOR:
                                {
                                    PyBaseException e = (PyBaseException)s[--sp];
                                    if (!e.IsInstance(PyExc.StopAsyncIteration))
                                    {
                                        exc = e;
                                        addTraceback = false;
                                        goto Unwind;
                                    }

                                    s[--sp] = null;
                                    f.Handled = null;
                                    continue;
                                }

                                case Opcodes.IMPORT_STAR:
                                {
                                    PyObject m = s[--sp];
                                    Importer.ImportStar(ip, m, f.Locals ?? f.Globals);
                                    continue;
                                }

                                case Opcodes.LIST_TO_TUPLE:
                                {
                                    PyList l = (PyList)s[sp - 1];
                                    slot = ref s[sp - 1];
                                    slot = PyTuple.FromArray(l.Items, 0, l.Count);
                                    continue;
                                }

                                case Opcodes.LOAD_LOCALS:
                                    slot = ref s[sp++];
                                    slot = f.Locals;
                                    continue;

                                // ---- one operand ----
                                case Opcodes.LOAD_CONST:
                                    slot = ref s[sp++];
                                    slot = consts[arg];
                                    continue;
                                case Opcodes.LOAD_FAST:
                                {
                                    PyObject v = s[arg];
                                    if (v == null)
                                    {
                                        throw UnboundLocal(co, arg);
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.STORE_FAST:
                                    slot = ref s[arg];
                                    slot = s[--sp];
                                    continue;
                                case Opcodes.DELETE_FAST:
                                    if (s[arg] == null)
                                    {
                                        throw UnboundLocal(co, arg);
                                    }

                                    s[arg] = null;
                                    continue;
                                case Opcodes.LOAD_GLOBAL:
                                {
                                    int[] gh = co.Cache.GlobalHints;
                                    if (gh == null)
                                    {
                                        gh = AllocateHints(co);
                                    }

                                    PyStr name = names[arg];
                                    PyObject v = f.Globals.LookupHinted(name, ref gh[arg]);
                                    if (v == null)
                                    {
                                        v = f.Builtins.LookupHinted(name, ref gh[names.Length + arg]);
                                        if (v == null)
                                        {
                                            // A builtin created on first use, or a NameError.
                                            v = ip.ResolveBuiltin(name);
                                            if (v == null)
                                            {
                                                throw NameError(name);
                                            }
                                        }
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.STORE_GLOBAL:
                                    f.Globals.SetName(names[arg], s[--sp]);
                                    continue;
                                case Opcodes.DELETE_GLOBAL:
                                    if (f.Globals.Remove(ip, names[arg]) == null)
                                    {
                                        throw NameError(names[arg]);
                                    }

                                    continue;
                                case Opcodes.LOAD_NAME:
                                {
                                    PyStr name = names[arg];
                                    PyObject v = null;
                                    if (f.Locals != null)
                                    {
                                        v = f.Locals.LookupName(name);
                                    }

                                    if (v == null)
                                    {
                                        v = f.Globals.LookupName(name);
                                        if (v == null)
                                        {
                                            v = f.Builtins.LookupName(name) ?? ip.ResolveBuiltin(name);
                                            if (v == null)
                                            {
                                                throw NameError(name);
                                            }
                                        }
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.STORE_NAME:
                                    (f.Locals ?? f.Globals).SetName(names[arg], s[--sp]);
                                    continue;
                                case Opcodes.DELETE_NAME:
                                    if ((f.Locals ?? f.Globals).Remove(ip, names[arg]) == null)
                                    {
                                        throw NameError(names[arg]);
                                    }

                                    continue;
                                case Opcodes.LOAD_DEREF:
                                {
                                    PyObject v = ((PyCell)s[co.NLocals + arg]).Value;
                                    if (v == null)
                                    {
                                        throw UnboundDeref(co, arg);
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.STORE_DEREF:
                                    ((PyCell)s[co.NLocals + arg]).Value = s[--sp];
                                    continue;
                                case Opcodes.DELETE_DEREF:
                                {
                                    PyCell c = (PyCell)s[co.NLocals + arg];
                                    if (c.Value == null)
                                    {
                                        throw UnboundDeref(co, arg);
                                    }

                                    c.Value = null;
                                    continue;
                                }

                                case Opcodes.LOAD_CLOSURE:
                                    slot = ref s[sp++];
                                    slot = s[co.NLocals + arg];
                                    continue;
                                case Opcodes.LOAD_CLASSDEREF:
                                {
                                    PyStr cname = CellOrFreeName(co, arg);
                                    PyObject v = f.Locals != null ? f.Locals.LookupName(cname) : null;
                                    if (v == null)
                                    {
                                        v = ((PyCell)s[co.NLocals + arg]).Value;
                                        if (v == null)
                                        {
                                            throw UnboundDeref(co, arg);
                                        }
                                    }

                                    slot = ref s[sp++];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.LOAD_ATTR:
                                {
                                    PyObject obj = s[sp - 1];
                                    PyInstance inst = obj as PyInstance;
                                    if (inst != null)
                                    {
                                        // An instance attribute, when the class has nothing of that name: one hinted dict read.
                                        PyType t = inst.Class;
                                        PyDict d = inst.InstanceDictOrNull;
                                        if (d != null && (t.Flags & PyType.FlagHasGetAttribute) == 0 && ClassAttribute(co, arg, t) == null)
                                        {
                                            PyObject iv = d.LookupHinted(names[arg], ref co.Cache.AttrInts[names.Length + arg]);
                                            if (iv != null)
                                            {
                                                slot = ref s[sp - 1];
                                                slot = iv;
                                                continue;
                                            }
                                        }
                                    }

                                    PyObject v = obj.GetAttr(ip, names[arg]);
                                    if (v == null)
                                    {
                                        throw Ops.AttributeError(obj, names[arg]);
                                    }

                                    slot = ref s[sp - 1];
                                    slot = v;
                                    continue;
                                }

                                case Opcodes.STORE_ATTR:
                                {
                                    PyObject obj = s[--sp];
                                    PyObject value = s[--sp];
                                    PyInstance inst = obj as PyInstance;
                                    if (inst != null)
                                    {
                                        // No __setattr__ and no data descriptor of that name: a hinted dict write.
                                        PyType t = inst.Class;
                                        if ((t.Flags & PyType.FlagHasSetAttr) == 0 && !ReferenceEquals(t, PyTypes.Object) && IsPlainAttribute(co, arg, t))
                                        {
                                            inst.InstanceDict.SetHinted(names[arg], value, ref co.Cache.AttrInts[names.Length + arg]);
                                            continue;
                                        }
                                    }

                                    Ops.SetAttr(ip, obj, names[arg], value);
                                    continue;
                                }

                                case Opcodes.DELETE_ATTR:
                                    Ops.DelAttr(ip, s[--sp], names[arg]);
                                    continue;
                                case Opcodes.LOAD_METHOD:
                                {
                                    PyObject obj = s[sp - 1];
                                    PyInstance inst = obj as PyInstance;
                                    if (inst != null && (inst.Class.Flags & PyType.FlagHasGetAttribute) == 0)
                                    {
                                        // A function of the class not shadowed by the instance dict: push it and self.
                                        PyFunction mf = ClassAttribute(co, arg, inst.Class) as PyFunction;
                                        PyDict d = inst.InstanceDictOrNull;
                                        if (mf != null && (d == null || d.LookupName(names[arg]) == null))
                                        {
                                            slot = ref s[sp - 1];
                                            slot = mf;
                                            slot = ref s[sp++];
                                            slot = obj;
                                            continue;
                                        }
                                    }

                                    bool isMethod;
                                    PyObject m = Ops.LoadMethod(ip, obj, names[arg], out isMethod);
                                    slot = ref s[sp - 1];
                                    slot = m;
                                    slot = ref s[sp++];
                                    slot = isMethod ? obj : null;
                                    continue;
                                }

                                case Opcodes.CALL_FUNCTION:
                                    callBase = sp - arg - 1;
                                    callee = s[callBase];
                                    argStart = callBase + 1;
                                    argCount = arg;
                                    kwnames = null;
                                    goto DoCall;
                                case Opcodes.CALL_FUNCTION_KW:
                                    kwnames = (PyTuple)s[--sp];
                                    callBase = sp - arg - 1;
                                    callee = s[callBase];
                                    argStart = callBase + 1;
                                    argCount = arg;
                                    goto DoCall;
                                case Opcodes.CALL_METHOD:
                                case Opcodes.CALL_METHOD_KW:
                                    kwnames = op == Opcodes.CALL_METHOD_KW ? (PyTuple)s[--sp] : null;
                                    callBase = sp - arg - 2;
                                    callee = s[callBase];
                                    if (s[callBase + 1] != null)
                                    {
                                        argStart = callBase + 1;
                                        argCount = arg + 1;
                                    }
                                    else
                                    {
                                        argStart = callBase + 2;
                                        argCount = arg;
                                    }

                                    goto DoCall;
                                case Opcodes.CALL_FUNCTION_EX:
                                {
                                    PyObject kw = (arg & 1) != 0 ? s[--sp] : null;
                                    PyObject args = s[--sp];
                                    PyObject fn = s[sp - 1];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    f.LastPc = lastPc;
                                    if (ip.PendingWork != 0)
                                    {
                                        ip.HandlePending();
                                    }

                                    slot = ref s[sp - 1];
                                    slot = Ops.CallEx(ip, fn, args, kw);
                                    continue;
                                }

                                case Opcodes.BUILD_TUPLE:
                                {
                                    sp -= arg;
                                    slot = ref s[sp];
                                    slot = PyTuple.FromArray(s, sp, arg);
                                    sp++;
                                    continue;
                                }

                                case Opcodes.BUILD_LIST:
                                {
                                    sp -= arg;
                                    slot = ref s[sp];
                                    slot = PyList.FromArray(s, sp, arg);
                                    sp++;
                                    continue;
                                }

                                case Opcodes.BUILD_SET:
                                {
                                    PySet set = new PySet(false);
                                    for (int i = sp - arg; i < sp; i++)
                                    {
                                        set.Add(ip, s[i]);
                                    }

                                    sp -= arg;
                                    slot = ref s[sp++];
                                    slot = set;
                                    continue;
                                }

                                case Opcodes.BUILD_MAP:
                                {
                                    PyDict d = new PyDict(arg);
                                    int first = sp - 2 * arg;
                                    for (int i = first; i < sp; i += 2)
                                    {
                                        d.Set(ip, s[i], s[i + 1]);
                                    }

                                    sp = first;
                                    slot = ref s[sp++];
                                    slot = d;
                                    continue;
                                }

                                case Opcodes.BUILD_SLICE:
                                {
                                    PyObject step = arg == 3 ? s[--sp] : PyNone.Value;
                                    PyObject stop = s[--sp];
                                    PyObject start = s[sp - 1];
                                    slot = ref s[sp - 1];
                                    slot = new PySlice(start, stop, step);
                                    continue;
                                }

                                case Opcodes.BUILD_STRING:
                                {
                                    sp -= arg;
                                    string r = string.Empty;
                                    if (arg > 0)
                                    {
                                        string[] parts = new string[arg];
                                        for (int i = 0; i < arg; i++)
                                        {
                                            parts[i] = ((PyStr)s[sp + i]).Value;
                                        }

                                        r = string.Concat(parts);
                                    }

                                    slot = ref s[sp++];
                                    slot = PyStr.Of(r);
                                    continue;
                                }

                                case Opcodes.LIST_APPEND:
                                {
                                    PyObject v = s[--sp];
                                    ((PyList)s[sp - arg]).Append(v);
                                    continue;
                                }

                                case Opcodes.SET_ADD:
                                {
                                    PyObject v = s[--sp];
                                    ((PySet)s[sp - arg]).Add(ip, v);
                                    continue;
                                }

                                case Opcodes.MAP_ADD:
                                {
                                    PyObject v = s[--sp];
                                    PyObject k = s[--sp];
                                    ((PyDict)s[sp - arg]).Set(ip, k, v);
                                    continue;
                                }

                                case Opcodes.LIST_EXTEND:
                                {
                                    PyObject v = s[--sp];
                                    PyList l = (PyList)s[sp - arg];
                                    if (v.GetIter(ip) == null && !(v is PyInstance))
                                    {
                                        throw new PyException(PyExc.TypeError, "Value after * must be an iterable, not " + v.Type.Name.Value);
                                    }

                                    l.Extend(ip, v);
                                    continue;
                                }

                                case Opcodes.SET_UPDATE:
                                {
                                    PyObject v = s[--sp];
                                    ((PySet)s[sp - arg]).Update(ip, v);
                                    continue;
                                }

                                case Opcodes.DICT_UPDATE:
                                case Opcodes.DICT_MERGE:
                                {
                                    PyObject v = s[--sp];
                                    PyDict d = (PyDict)s[sp - arg];
                                    MergeInto(ip, d, v, op == Opcodes.DICT_MERGE, s, sp - arg);
                                    continue;
                                }

                                case Opcodes.UNPACK_SEQUENCE:
                                    sp = Unpack(ip, s, sp, arg);
                                    continue;
                                case Opcodes.RAISE_VARARGS:
                                {
                                    if (arg == 0)
                                    {
                                        PyObject h = f.CurrentHandled;
                                        if (h == null)
                                        {
                                            throw new PyException(PyExc.RuntimeError, "No active exception to reraise");
                                        }

                                        exc = (PyBaseException)h;
                                        addTraceback = false;
                                        goto Unwind;
                                    }

                                    PyObject cause = arg == 2 ? s[--sp] : null;
                                    PyObject ev = s[--sp];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    f.LastPc = lastPc;
                                    exc = MakeException(ip, ev);
                                    if (cause != null)
                                    {
                                        if (cause is PyNone)
                                        {
                                            exc.Cause = null;
                                        }
                                        else
                                        {
                                            exc.Cause = MakeException(ip, cause);
                                        }

                                        exc.SuppressContext = true;
                                    }

                                    SetContext(f, exc);
                                    addTraceback = true;
                                    goto Unwind;
                                }

                                case Opcodes.FORMAT_VALUE:
                                {
                                    string spec = (arg & 4) != 0 ? ((PyStr)s[--sp]).Value : string.Empty;
                                    PyObject v = s[sp - 1];
                                    switch (arg & 3)
                                    {
                                        case 1:
                                            v = PyStr.Of(Ops.Str(ip, v));
                                            break;
                                        case 2:
                                            v = PyStr.Of(Ops.Repr(ip, v));
                                            break;
                                        case 3:
                                            v = PyStr.Of(Ascii(Ops.Repr(ip, v)));
                                            break;
                                    }

                                    PyStr sv = v as PyStr;
                                    slot = ref s[sp - 1];
                                    slot = sv != null && spec.Length == 0 ? sv : PyStr.Of(Ops.Format(ip, v, spec));
                                    continue;
                                }

                                case Opcodes.IMPORT_NAME:
                                {
                                    PyObject fromlist = s[--sp];
                                    PyObject level = s[sp - 1];
                                    f.Pc = pc;
                                    f.Sp = sp;
                                    f.LastPc = lastPc;
                                    slot = ref s[sp - 1];
                                    slot = Importer.Import(ip, names[arg], f.Globals, fromlist, (int)((PyInt)level).Value);
                                    continue;
                                }

                                case Opcodes.IMPORT_FROM:
                                {
                                    PyObject m = s[sp - 1];
                                    slot = ref s[sp++];
                                    slot = Importer.ImportFrom(ip, m, names[arg]);
                                    continue;
                                }

                                case Opcodes.MAKE_FUNCTION:
                                {
                                    int flags = code[pc++];
                                    if (flags >= 0x80)
                                    {
                                        flags = ReadVarint(code, ref pc, flags);
                                    }

                                    PyFunction fn = new PyFunction((CodeObject)consts[arg], f.Globals);
                                    if ((flags & Opcodes.MakeFunctionClosure) != 0)
                                    {
                                        PyObject[] cells = ((PyTuple)s[--sp]).Items;
                                        PyCell[] closure = new PyCell[cells.Length];
                                        for (int i = 0; i < cells.Length; i++)
                                        {
                                            closure[i] = (PyCell)cells[i];
                                        }

                                        fn.Closure = closure;
                                    }

                                    if ((flags & Opcodes.MakeFunctionKwDefaults) != 0)
                                    {
                                        fn.KwDefaults = (PyDict)s[--sp];
                                    }

                                    if ((flags & Opcodes.MakeFunctionDefaults) != 0)
                                    {
                                        fn.Defaults = (PyTuple)s[--sp];
                                    }

                                    slot = ref s[sp++];
                                    slot = fn;
                                    continue;
                                }

                                case Opcodes.UNPACK_EX:
                                {
                                    int after = code[pc++];
                                    if (after >= 0x80)
                                    {
                                        after = ReadVarint(code, ref pc, after);
                                    }

                                    sp = UnpackEx(ip, s, sp, arg, after);
                                    continue;
                                }
                            }

                            throw BadOpcode(op);

                        DoCall:
                            f.Pc = pc;
                            f.LastPc = lastPc;
                            if (ip.PendingWork != 0)
                            {
                                f.Sp = sp;
                                ip.HandlePending();
                            }

                            {
                                PyFunction fn = callee as PyFunction;
                                PyInstance initSelf = null;
                                if (fn == null && kwnames == null)
                                {
                                    // Instantiating a plain class whose __init__ is a Python function: the instance is
                                    // created here and __init__ runs as an inline call (its frame returns the instance).
                                    PyType ct = callee as PyType;
                                    if (ct != null && (ct.Flags & PyType.FlagUserClass) != 0)
                                    {
                                        fn = InlineInit(ct, argCount);
                                        if (fn != null)
                                        {
                                            initSelf = new PyInstance(ct, null);
                                        }
                                    }
                                }

                                int given = initSelf != null ? argCount + 1 : argCount;
                                if (fn != null && kwnames == null)
                                {
                                    CodeObject cc = fn.Code;
                                    int nargs = cc.ArgCount;
                                    if ((cc.Flags & (CodeObject.FlagVarArgs | CodeObject.FlagVarKeywords | CodeObject.FlagGenerator | CodeObject.FlagCoroutine | CodeObject.FlagKwOnly)) == 0
                                        && given <= nargs
                                        && (given == nargs || (fn.Defaults != null && given >= nargs - fn.Defaults.Items.Length)))
                                    {
                                        if (ip.Depth >= ip.MaxDepth)
                                        {
                                            f.Sp = sp;
                                            throw Ops.RecursionError();
                                        }

                                        Frame nf = ip.Frames.Get(cc, fn.Globals, f.Builtins);
                                        PyObject[] ns = nf.Slots;
                                        int first = 0;
                                        if (initSelf != null)
                                        {
                                            slot = ref ns[0];
                                            slot = initSelf;
                                            nf.InitSelf = initSelf;
                                            first = 1;
                                        }

                                        for (int i = 0; i < argCount; i++)
                                        {
                                            slot = ref ns[first + i];
                                            slot = s[argStart + i];
                                            s[argStart + i] = null;
                                        }

                                        if (given < nargs)
                                        {
                                            PyObject[] defs = fn.Defaults.Items;
                                            int firstDefault = nargs - defs.Length;
                                            for (int i = given; i < nargs; i++)
                                            {
                                                slot = ref ns[i];
                                                slot = defs[i - firstDefault];
                                            }
                                        }

                                        if (cc.NCellsAndFrees != 0)
                                        {
                                            SetupCells(nf, fn);
                                        }

                                        s[callBase] = null;
                                        if (argStart > callBase + 1)
                                        {
                                            s[callBase + 1] = null;
                                        }

                                        f.Sp = callBase;
                                        ip.Depth++;
                                        nf.Back = f;
                                        f = nf;
                                        co = cc;
                                        code = cc.Code;
                                        s = ns;
                                        consts = cc.Constants;
                                        names = cc.Names;
                                        pc = 0;
                                        sp = nf.StackBase;
                                        ip.CurrentFrame = f;
                                        continue;
                                    }
                                }

                                f.Sp = sp;
                                PyObject r = callee.Call(ip, s, argStart, argCount, kwnames);
                                if (r == null)
                                {
                                    throw Ops.NotCallable(callee);
                                }

                                for (int i = callBase + 1; i < sp; i++)
                                {
                                    s[i] = null;
                                }

                                sp = callBase;
                                slot = ref s[sp++];
                                slot = r;
                                continue;
                            }
                        }
                    }
                    catch (PyException e)
                    {
                        exc = e.Value;
                        addTraceback = true;
                        if (!ReferenceEquals(exc, toThrow))
                        {
                            SetContext(f, exc);
                        }
                    }
                    catch (System.Exception e)
                    {
                        exc = HostError(e);
                        addTraceback = true;
                    }
                }

            Unwind:
                // Handle exc in frame f, raised by the instruction at lastPc.
                toThrow = null;
                if (addTraceback)
                {
                    exc.Traceback = new TracebackEntry(co, co.LineOf(lastPc), exc.Traceback);
                }

                int depth;
                int handler = co.FindHandler(lastPc, out depth);
                if (handler >= 0)
                {
                    int newSp = f.StackBase + depth;
                    for (int i = newSp; i < sp; i++)
                    {
                        s[i] = null;
                    }

                    sp = newSp;
                    slot = ref s[sp++];
                    slot = exc;
                    pc = handler;
                    exc = null;
                    continue;
                }

                if (ReferenceEquals(f, entry))
                {
                    f.Pc = pc;
                    f.Sp = sp;
                    f.LastPc = lastPc;
                    ip.CurrentFrame = saved;
                    throw new PyException(exc);
                }

                Frame back = f.Back;
                ip.Depth--;
                ip.Frames.Release(f);
                f = back;
                co = f.Code;
                code = co.Code;
                s = f.Slots;
                consts = co.Constants;
                names = co.Names;
                pc = f.Pc;
                sp = f.Sp;
                lastPc = f.LastPc;
                ip.CurrentFrame = f;
                addTraceback = true;
                goto Unwind;
            }
        }
    }
}
