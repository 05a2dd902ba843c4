using NanoPython.Runtime;

namespace NanoPython.Board
{
    /// <summary>
    /// The REPL as a byte-fed state machine with MicroPython's four modes (shared/runtime/pyexec.c): friendly (line
    /// editing, continuation lines, Ctrl-A..Ctrl-E commands on an empty line), paste (Ctrl-E), raw (Ctrl-A: silent
    /// input, Ctrl-D runs it framed as "OK" output "\x04" traceback "\x04" "&gt;") and raw-paste (raw plus "\x05A\x01",
    /// with window flow control). <see cref="Feed"/> takes one received byte, writes the echo and protocol bytes, and
    /// returns a <see cref="ReplAction"/>; the driver (<see cref="BoardSession"/>) runs the code and reports back with
    /// <see cref="EndExecution"/>. Every byte written is a protocol constant that tools (mpremote, pyboard.py, Thonny,
    /// rshell, ampy, MicroPico) match literally.
    /// </summary>
    public sealed class Repl
    {
        /// <summary>The friendly REPL ("&gt;&gt;&gt; ").</summary>
        public const int ModeFriendly = 0;

        /// <summary>The raw REPL.</summary>
        public const int ModeRaw = 1;

        /// <summary>Flow-control window of raw-paste mode (MICROPY_REPL_STDIN_BUFFER_MAX 256 / 2, as on ESP32).</summary>
        public const int RawPasteWindow = 128;

        /// <summary>The raw REPL's banner, re-printed on Ctrl-A.</summary>
        public const string RawBanner = "raw REPL; CTRL-B to exit\r\n";

        /// <summary>The line printed when paste mode starts (after "\r\n").</summary>
        public const string PasteBanner = "paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";

        private const int StFriendly = 0;
        private const int StContinuation = 1;
        private const int StPaste = 2;
        private const int StRaw = 3;
        private const int StRawPaste = 4;
        private const int StRawPasteDrain = 5;

        private readonly ConsoleOutput _out;
        private readonly LineEditor _editor;
        private Interpreter _ip;
        private int _mode;
        private int _state;
        private byte[] _raw = new byte[256];
        private int _rawLen;
        private bool _rawOverflow;
        private int _windowRemain;
        private bool _framed;
        private string _source;
        private int _sourceMode;
        private string _banner = string.Empty;
        private int _maxInputBytes = 16 * 1024 * 1024;

        /// <summary>A REPL writing to output and editing lines with editor.</summary>
        public Repl(ConsoleOutput output, LineEditor editor)
        {
            _out = output;
            _editor = editor;
        }

        /// <summary>The friendly banner, both lines with their "\r\n" (printed at start, after soft reset, on Ctrl-B).</summary>
        public string Banner
        {
            get { return _banner; }
            set { _banner = value; }
        }

        /// <summary>
        /// Largest program accepted in raw and raw-paste mode (bytes). A longer upload ends early with MemoryError, the
        /// way raw-paste mode lets a device stop the host (its "\x04" before the end).
        /// </summary>
        public int MaxInputBytes
        {
            get { return _maxInputBytes; }
            set { _maxInputBytes = value; }
        }

        /// <summary>The current mode (<see cref="ModeFriendly"/> or <see cref="ModeRaw"/>); kept across soft resets.</summary>
        public int Mode
        {
            get { return _mode; }
            set { _mode = value; }
        }

        /// <summary>The program to run after <see cref="ReplAction.Execute"/>.</summary>
        public string Source
        {
            get { return _source; }
        }

        /// <summary><see cref="CompileMode.Single"/> for friendly lines (expressions echo), <see cref="CompileMode.Exec"/> for paste and raw programs.</summary>
        public int SourceMode
        {
            get { return _sourceMode; }
        }

        /// <summary>Whether the running program's output is framed by "\x04" markers (raw and raw-paste mode).</summary>
        public bool Framed
        {
            get { return _framed; }
        }

        /// <summary>The interpreter whose sys.ps1/sys.ps2 and compiler the REPL uses (a new one after each soft reset).</summary>
        public void Attach(Interpreter ip)
        {
            _ip = ip;
        }

        /// <summary>Starts the REPL in the current mode: the friendly banner and prompt, or the raw banner and "&gt;".</summary>
        public void Begin()
        {
            _rawLen = 0;
            _rawOverflow = false;
            if (_mode == ModeRaw)
            {
                _state = StRaw;
                _out.WriteRaw(RawBanner + ">");
            }
            else
            {
                _out.WriteRaw(_banner);
                Prompt();
            }
        }

        /// <summary>Processes one received byte; returns a <see cref="ReplAction"/>.</summary>
        public int Feed(int b)
        {
            switch (_state)
            {
                case StFriendly:
                case StContinuation:
                    return FeedLine(b);
                case StPaste:
                    return FeedPaste(b);
                case StRaw:
                    return FeedRaw(b);
                case StRawPaste:
                    return FeedRawPaste(b);
                default:
                    return FeedRawPasteDrain(b);
            }
        }

        /// <summary>
        /// Reports the end of the program started by <see cref="ReplAction.Execute"/>: errorText is its traceback
        /// (null when it finished normally), systemExit tells that it raised SystemExit (the driver soft-resets then).
        /// Writes the trailing frame and the next prompt.
        /// </summary>
        public void EndExecution(string errorText, bool systemExit)
        {
            _source = null;
            if (_framed)
            {
                _out.WriteRawByte(4);
                if (systemExit)
                {
                    _out.WriteRawByte(4);
                    return;
                }

                if (errorText != null)
                {
                    _out.Write(errorText);
                }

                _out.WriteRaw("\x04>");
                _rawLen = 0;
                _state = StRaw;
                return;
            }

            if (systemExit)
            {
                return;
            }

            if (errorText != null)
            {
                _out.Write(errorText);
            }

            Prompt();
        }

        private int FeedLine(int b)
        {
            int r = _editor.Process(b);
            if (r == LineEditor.Continue)
            {
                return ReplAction.None;
            }

            if (_state == StContinuation)
            {
                if (r == LineEditor.CtrlC)
                {
                    _out.WriteRaw("\r\n");
                    Prompt();
                    return ReplAction.None;
                }

                if (r == LineEditor.CtrlD)
                {
                    // Ctrl-D on an empty continuation line ends the compound statement (no echo).
                    return Run(_editor.Text(), CompileMode.Single, false);
                }

                return ContinueOrRun();
            }

            switch (r)
            {
                case LineEditor.CtrlA:
                    _out.WriteRaw("\r\n");
                    _mode = ModeRaw;
                    Begin();
                    return ReplAction.None;
                case LineEditor.CtrlB:
                    _out.WriteRaw("\r\n");
                    Begin();
                    return ReplAction.None;
                case LineEditor.CtrlC:
                    _out.WriteRaw("\r\n");
                    Prompt();
                    return ReplAction.None;
                case LineEditor.CtrlD:
                    _out.WriteRaw("\r\n");
                    return ReplAction.SoftReset;
                case LineEditor.CtrlE:
                    _out.WriteRaw("\r\n" + PasteBanner);
                    _rawLen = 0;
                    _state = StPaste;
                    return ReplAction.None;
            }

            if (_editor.Length == 0)
            {
                Prompt();
                return ReplAction.None;
            }

            return ContinueOrRun();
        }

        // mp_repl_continue_with_input decides between another "... " line and running what was typed.
        private int ContinueOrRun()
        {
            string text = _editor.Text();
            ICompiler compiler = _ip != null ? _ip.Compiler : null;
            if (compiler != null && !compiler.IsComplete(text))
            {
                _editor.Append(10);
                _state = StContinuation;
                _editor.Begin(SysString("ps2", "... "));
                return ReplAction.None;
            }

            return Run(text, CompileMode.Single, false);
        }

        private int FeedPaste(int b)
        {
            if (b == 3)
            {
                _out.WriteRaw("\r\n");
                Prompt();
                return ReplAction.None;
            }

            if (b == 4)
            {
                _out.WriteRaw("\r\n");
                return Run(RawText(), CompileMode.Exec, false);
            }

            AddRaw(b);
            if (b == 13)
            {
                _out.WriteRaw("\r\n=== ");
            }
            else
            {
                _out.WriteRawByte(b);
            }

            return ReplAction.None;
        }

        private int FeedRaw(int b)
        {
            switch (b)
            {
                case 1:
                    if (_rawLen == 2 && _raw[0] == 5)
                    {
                        return StartRawPaste(_raw[1]);
                    }

                    // Ctrl-A again: tools resynchronise on the re-printed banner.
                    Begin();
                    return ReplAction.None;
                case 2:
                    _out.WriteRaw("\r\n");
                    _mode = ModeFriendly;
                    Begin();
                    return ReplAction.None;
                case 3:
                    _rawLen = 0;
                    _rawOverflow = false;
                    return ReplAction.None;
                case 4:
                    _out.WriteRaw("OK");
                    if (_rawLen == 0 && !_rawOverflow)
                    {
                        _out.WriteRaw("\r\n");
                        return ReplAction.SoftReset;
                    }

                    if (_rawOverflow)
                    {
                        Fail("\x04" + OverflowText() + "\x04>");
                        return ReplAction.None;
                    }

                    return Run(RawText(), CompileMode.Exec, true);
                default:
                    AddRaw(b);
                    return ReplAction.None;
            }
        }

        private int StartRawPaste(int command)
        {
            _rawLen = 0;
            _rawOverflow = false;
            if (command != 'A')
            {
                // Understood but not supported (only 'A' exists): the host falls back to plain raw mode.
                _out.WriteRaw(new byte[] { (byte)'R', 0 }, 0, 2);
                return ReplAction.None;
            }

            _out.WriteRaw(new byte[] { (byte)'R', 1, RawPasteWindow & 0xFF, RawPasteWindow >> 8, 1 }, 0, 5);
            _windowRemain = RawPasteWindow;
            _state = StRawPaste;
            return ReplAction.None;
        }

        private int FeedRawPaste(int b)
        {
            if (b == 3)
            {
                // Ctrl-C while uploading: stop the host, then report KeyboardInterrupt inside the usual frame.
                Fail("\x04\x04" + "KeyboardInterrupt: \r\n" + "\x04>");
                return ReplAction.None;
            }

            if (b == 4)
            {
                _out.WriteRawByte(4);
                return Run(RawText(), CompileMode.Exec, true);
            }

            if (_rawLen >= _maxInputBytes)
            {
                // Too big to hold: end the upload early (the host answers "\x04" and stops) and drain the rest.
                _out.WriteRawByte(4);
                _state = StRawPasteDrain;
                return ReplAction.None;
            }

            AddRaw(b);
            if (--_windowRemain == 0)
            {
                _out.WriteRawByte(1);
                _windowRemain = RawPasteWindow;
            }

            return ReplAction.None;
        }

        private int FeedRawPasteDrain(int b)
        {
            if (b == 3 || b == 4)
            {
                Fail("\x04" + OverflowText() + "\x04>");
            }

            return ReplAction.None;
        }

        private void Fail(string frame)
        {
            _out.WriteRaw(frame);
            _rawLen = 0;
            _rawOverflow = false;
            _state = StRaw;
        }

        private static string OverflowText()
        {
            return "MemoryError: program too large for the REPL buffer\r\n";
        }

        private int Run(string source, int mode, bool framed)
        {
            _source = source;
            _sourceMode = mode;
            _framed = framed;
            _rawLen = 0;
            return ReplAction.Execute;
        }

        private void Prompt()
        {
            _state = StFriendly;
            _editor.Reset();
            _editor.Begin(SysString("ps1", ">>> "));
        }

        // sys.ps1 / sys.ps2 when they are strings (MicroPython reads them for each prompt), else the default.
        private string SysString(string name, string fallback)
        {
            if (_ip == null)
            {
                return fallback;
            }

            PyModule sys = _ip.Modules.LookupName(Intern.Get("sys")) as PyModule;
            if (sys == null)
            {
                return fallback;
            }

            PyStr s = sys.Dict.LookupName(Intern.Get(name)) as PyStr;
            return s != null ? s.Value : fallback;
        }

        private void AddRaw(int b)
        {
            if (_rawLen >= _maxInputBytes)
            {
                _rawOverflow = true;
                return;
            }

            if (_rawLen == _raw.Length)
            {
                byte[] bigger = new byte[_raw.Length * 2];
                System.Array.Copy(_raw, bigger, _rawLen);
                _raw = bigger;
            }

            _raw[_rawLen++] = (byte)b;
        }

        // The program text, with "\r\n" and lone "\r" read as "\n" as MicroPython's lexer does.
        private string RawText()
        {
            int n = 0;
            for (int i = 0; i < _rawLen; i++)
            {
                byte c = _raw[i];
                if (c == 13)
                {
                    if (i + 1 < _rawLen && _raw[i + 1] == 10)
                    {
                        continue;
                    }

                    c = 10;
                }

                _raw[n++] = c;
            }

            int err;
            string text = StrUtil.DecodeUtf8(_raw, 0, n, false, out err);
            _rawLen = 0;
            if (_raw.Length > 4096)
            {
                // Give back the memory of a big upload.
                _raw = new byte[256];
            }

            return text;
        }
    }
}
