namespace NanoPython.Runtime
{
    /// <summary>
    /// A generator or coroutine: a suspended frame. Resuming runs the frame in a nested Vm.Run until it
    /// yields (the value is returned) or returns (null is returned and <see cref="ReturnValue"/> holds the value).
    /// </summary>
    public sealed class PyGenerator : PyObject
    {
        private const int StateCreated = 0;
        private const int StateSuspended = 1;
        private const int StateRunning = 2;
        private const int StateFinished = 3;

        /// <summary>The generator's frame.</summary>
        public readonly Frame Frame;

        /// <summary>True for coroutines (async def).</summary>
        public readonly bool IsCoroutine;

        /// <summary>__name__: the function's when the generator was made.</summary>
        public readonly PyStr Name;

        // __qualname__ when the function had one assigned, else null: the code's, built when asked for.
        private readonly PyStr _qualName;

        /// <summary>The value returned by the generator once it finished.</summary>
        public PyObject ReturnValue;

        private int _state;

        /// <summary>A generator over a prepared frame.</summary>
        public PyGenerator(Frame frame, bool isCoroutine, PyFunction function)
        {
            Frame = frame;
            frame.Generator = this;
            IsCoroutine = isCoroutine;
            Name = function.Name;
            _qualName = function.AssignedQualName;
        }

        /// <summary>__qualname__ (the function's when the generator was made).</summary>
        public PyStr QualName
        {
            get { return _qualName != null ? _qualName : Frame.Code.QualName; }
        }

        /// <inheritdoc/>
        public override PyType Type
        {
            get { return IsCoroutine ? PyTypes.Coroutine : PyTypes.Generator; }
        }

        /// <summary>True once the generator returned or raised.</summary>
        public bool IsFinished
        {
            get { return _state == StateFinished; }
        }

        /// <inheritdoc/>
        public override string Repr(Interpreter ip)
        {
            return "<" + (IsCoroutine ? "coroutine" : "generator") + " object " + QualName.Value + " at 0x" + Ops.IdHex(this) + ">";
        }

        /// <inheritdoc/>
        public override bool IsIterator
        {
            get { return !IsCoroutine; }
        }

        /// <inheritdoc/>
        public override PyObject GetIter(Interpreter ip)
        {
            return IsCoroutine ? null : this;
        }

        /// <inheritdoc/>
        public override PyObject Next(Interpreter ip)
        {
            return Resume(ip, PyNone.Value, null);
        }

        /// <summary>
        /// Resumes with a sent value (or an exception to raise at the suspension point); returns the next yielded value,
        /// or null when the generator finished (its return value is in <see cref="ReturnValue"/>).
        /// </summary>
        public PyObject Resume(Interpreter ip, PyObject value, PyBaseException toThrow)
        {
            switch (_state)
            {
                case StateRunning:
                    throw new PyException(PyExc.ValueError, (IsCoroutine ? "coroutine" : "generator") + " already executing");
                case StateFinished:
                    if (toThrow != null)
                    {
                        throw new PyException(toThrow);
                    }

                    if (IsCoroutine)
                    {
                        throw new PyException(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
                    }

                    ReturnValue = PyNone.Value;
                    return null;
                case StateCreated:
                    if (toThrow != null)
                    {
                        _state = StateFinished;
                        throw new PyException(toThrow);
                    }

                    if (!(value is PyNone))
                    {
                        throw new PyException(PyExc.TypeError, "can't send non-None value to a just-started " + (IsCoroutine ? "coroutine" : "generator"));
                    }

                    break;
                default:
                    if (toThrow == null)
                    {
                        Frame.Push(value);
                    }

                    break;
            }

            return RunFrame(ip, toThrow);
        }

        /// <summary>Runs the frame from its current state (stack already arranged).</summary>
        private PyObject RunFrame(Interpreter ip, PyBaseException toThrow)
        {
            _state = StateRunning;
            Frame.Back = ip.CurrentFrame;
            PyObject r;
            try
            {
                r = ip.Executor.Run(ip, Frame, toThrow);
            }
            catch (PyException e)
            {
                _state = StateFinished;
                Frame.Back = null;
                if (e.Value.IsInstance(PyExc.StopIteration))
                {
                    // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                    PyBaseException re = new PyBaseException(PyExc.RuntimeError, PyTuple.Of(new PyStr((IsCoroutine ? "coroutine" : "generator") + " raised StopIteration")));
                    re.Cause = e.Value;
                    re.Context = e.Value;
                    re.SuppressContext = true;
                    throw new PyException(re);
                }

                throw;
            }

            Frame.Back = null;
            if (Frame.Yielded)
            {
                Frame.Yielded = false;
                _state = StateSuspended;
                return r;
            }

            _state = StateFinished;
            ReturnValue = r;
            return null;
        }

        /// <summary>gen.send(value): the next yielded value; StopIteration(return value) when finished.</summary>
        public PyObject Send(Interpreter ip, PyObject value)
        {
            return YieldedOrStop(Resume(ip, value, null));
        }

        private PyObject YieldedOrStop(PyObject r)
        {
            if (r == null)
            {
                throw Ops.StopIteration(ReturnValue);
            }

            return r;
        }

        /// <summary>
        /// gen.throw(exc): raises exc at the suspension point (forwarded first to the delegate of a yield from); returns
        /// the next yielded value or raises StopIteration when the generator finishes.
        /// </summary>
        public PyObject Throw(Interpreter ip, PyBaseException exc)
        {
            if (_state == StateSuspended && Frame.Code.Code[Frame.LastPc] == Opcodes.YIELD_FROM)
            {
                PyObject sub = Frame.Slots[Frame.Sp - 1];
                PyObject r;
                PyObject returned;
                try
                {
                    r = ThrowInto(ip, sub, exc, out returned);
                }
                catch (PyException e)
                {
                    // The delegate let an exception out: it is raised at the YIELD_FROM of this frame.
                    Frame.Pop();
                    return YieldedOrStop(RunFrame(ip, e.Value));
                }

                if (r != null)
                {
                    return r;
                }

                // The delegate finished: continue after the YIELD_FROM with its return value.
                Frame.Pop();
                Frame.Push(returned);
                Frame.Pc = Frame.LastPc + 1;
                return YieldedOrStop(RunFrame(ip, null));
            }

            return YieldedOrStop(Resume(ip, PyNone.Value, exc));
        }

        /// <summary>Throws exc into a delegate: its next yielded value, or null when it finished (returned receives its value).</summary>
        private static PyObject ThrowInto(Interpreter ip, PyObject sub, PyBaseException exc, out PyObject returned)
        {
            returned = PyNone.Value;
            PyGenerator g = sub as PyGenerator;
            if (g != null)
            {
                try
                {
                    return g.Throw(ip, exc);
                }
                catch (PyException e)
                {
                    if (e.Value.IsInstance(PyExc.StopIteration) && g.IsFinished)
                    {
                        returned = g.ReturnValue ?? PyNone.Value;
                        return null;
                    }

                    throw;
                }
            }

            PyObject throwMethod = Ops.GetAttrOrNull(ip, sub, Names.Get(Names.@throw));
            if (throwMethod == null)
            {
                throw new PyException(exc);
            }

            try
            {
                return Ops.Call1(ip, throwMethod, exc);
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.StopIteration))
                {
                    returned = e.Value.FirstArg;
                    return null;
                }

                throw;
            }
        }

        /// <summary>gen.close(): raises GeneratorExit inside; a yield in response is a RuntimeError.</summary>
        public void Close(Interpreter ip)
        {
            if (_state == StateFinished)
            {
                return;
            }

            if (_state == StateCreated)
            {
                _state = StateFinished;
                return;
            }

            try
            {
                Throw(ip, new PyBaseException(PyExc.GeneratorExit, PyTuple.Empty));
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.GeneratorExit) || e.Value.IsInstance(PyExc.StopIteration))
                {
                    return;
                }

                throw;
            }

            throw new PyException(PyExc.RuntimeError, "generator ignored GeneratorExit");
        }

        /// <inheritdoc/>
        public override PyObject GetAttr(Interpreter ip, PyStr name)
        {
            switch (Names.Lookup(name.Value))
            {
                case Names.__name__:
                    return Name;
                case Names.__qualname__:
                    return QualName;
            }

            return base.GetAttr(ip, name);
        }
    }
}
