namespace NanoPython.Compiler
{
    /// <summary>
    /// MicroPython's REPL continuation rule (py/repl.c, mp_repl_continue_with_input): more input is needed after a line
    /// that starts a compound statement (until a blank line ends it), a line ending in ':', a decorator, a trailing
    /// backslash, inside open brackets, or inside an open triple-quoted string.
    /// </summary>
    public static class ReplContinuation
    {
        private const int QNone = 0;
        private const int Q1Single = 1;
        private const int Q1Double = 2;
        private const int Q3Single = 3;
        private const int Q3Double = 4;

        /// <summary>True when the input typed so far needs another line.</summary>
        public static bool ContinueWithInput(string input)
        {
            if (input.Length == 0)
            {
                return false;
            }

            bool compound = input[0] == '@' || StartsWithWord(input, "if") || StartsWithWord(input, "while")
                || StartsWithWord(input, "for") || StartsWithWord(input, "try") || StartsWithWord(input, "with")
                || StartsWithWord(input, "def") || StartsWithWord(input, "class") || StartsWithWord(input, "async");
            int paren = 0;
            int quote = QNone;
            int n = input.Length;
            for (int i = 0; i < n; i++)
            {
                char c = input[i];
                if (c == '\'' || c == '"')
                {
                    int single = c == '\'' ? Q1Single : Q1Double;
                    int triple = c == '\'' ? Q3Single : Q3Double;
                    if ((quote == QNone || quote == triple) && i + 2 < n && input[i + 1] == c && input[i + 2] == c)
                    {
                        i += 2;
                        quote = quote == triple ? QNone : triple;
                    }
                    else if (quote == QNone || quote == single)
                    {
                        quote = quote == single ? QNone : single;
                    }
                }
                else if (c == '\\' && i + 1 < n && (input[i + 1] == '\'' || input[i + 1] == '"' || input[i + 1] == '\\'))
                {
                    if (quote != QNone)
                    {
                        i++;
                    }
                }
                else if (quote == QNone)
                {
                    if (c == '(' || c == '[' || c == '{')
                    {
                        paren++;
                    }
                    else if (c == ')' || c == ']' || c == '}')
                    {
                        paren--;
                    }
                    else if (c == '#')
                    {
                        while (i + 1 < n && input[i + 1] != '\n')
                        {
                            i++;
                        }
                    }
                }
                else if (c == '\n' && (quote == Q1Single || quote == Q1Double))
                {
                    // A single-quoted string does not continue over a line break.
                    quote = QNone;
                }
            }

            if (quote == Q3Single || quote == Q3Double)
            {
                return true;
            }

            if (paren > 0 && quote == QNone)
            {
                return true;
            }

            char last = input[n - 1];
            if (last == '\\')
            {
                return true;
            }

            if (last == '\n')
            {
                // A blank line ends a compound statement.
                return false;
            }

            return compound || EndsWithColon(input);
        }

        private static bool StartsWithWord(string s, string word)
        {
            if (s.Length < word.Length || s.Substring(0, word.Length) != word)
            {
                return false;
            }

            if (s.Length == word.Length)
            {
                return true;
            }

            char c = s[word.Length];
            return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
        }

        // The last line, without trailing blanks and a comment, ends with ':'.
        private static bool EndsWithColon(string s)
        {
            int start = s.LastIndexOf('\n') + 1;
            int end = s.Length;
            int hash = s.IndexOf('#', start);
            if (hash >= 0)
            {
                end = hash;
            }

            while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r'))
            {
                end--;
            }

            return end > start && s[end - 1] == ':';
        }
    }
}
