using System.Collections;
using System.Text;
using NanoPython.Runtime;

namespace NanoPython.Compiler
{
    /// <summary>String literals: implicit concatenation and f-strings.</summary>
    public sealed partial class Parser
    {
        /// <summary>Longest string constant that is interned when it looks like an identifier.</summary>
        private const int MaxInternedLiteral = 32;

        // Adjacent string tokens: one Const (str or bytes) or a JoinedStr when f-strings take part.
        private int ParseStrings()
        {
            int pos = Pos();
            bool bytes = (_lx.StrFlags & Token.StrBytes) != 0;
            StringBuilder run = new StringBuilder();
            ArrayList chunks = null;
            int mark = _scratch.Count;
            bool formatted = false;
            while (_lx.Kind == Token.String)
            {
                if (((_lx.StrFlags & Token.StrBytes) != 0) != bytes)
                {
                    throw Error("cannot mix bytes and nonbytes literals");
                }

                if (bytes)
                {
                    if (chunks == null)
                    {
                        chunks = new ArrayList();
                    }

                    chunks.Add(_lx.Value);
                }
                else if ((_lx.StrFlags & Token.StrFormat) != 0)
                {
                    Lexer lx = _lx;
                    int end = ParseFString(lx.BodyStart, lx.BodyEnd, lx.BodyLine, lx.BodyLineStart, (lx.StrFlags & Token.StrRaw) != 0, false, 0, run);
                    if (end != lx.BodyEnd)
                    {
                        throw _source.Syntax("f-string: single '}' is not allowed", lx.Line, lx.Col);
                    }

                    formatted |= _scratch.Count > mark;
                }
                else
                {
                    run.Append((string)_lx.Value);
                }

                Next();
            }

            if (bytes)
            {
                int len = 0;
                for (int i = 0; i < chunks.Count; i++)
                {
                    len += ((byte[])chunks[i]).Length;
                }

                byte[] all = new byte[len];
                int p = 0;
                for (int i = 0; i < chunks.Count; i++)
                {
                    byte[] b = (byte[])chunks[i];
                    System.Array.Copy(b, 0, all, p, b.Length);
                    p += b.Length;
                }

                return _tree.Add(NodeKind.Const, pos, _tree.AddObject(new PyBytes(all)));
            }

            if (!formatted)
            {
                return StrConst(run.ToString(), pos);
            }

            if (run.Length > 0)
            {
                _scratch.Add(StrConst(run.ToString(), pos));
            }

            int n = _tree.AddList(NodeKind.JoinedStr, pos, _scratch, mark);
            _scratch.Count = mark;
            return n;
        }

        private int StrConst(string s, int pos)
        {
            PyStr o = s.Length <= MaxInternedLiteral && StrUtil.IsIdentifier(s) ? Intern.Get(s) : (s.Length == 0 ? PyStr.Empty : new PyStr(s));
            return _tree.Add(NodeKind.Const, pos, _tree.AddObject(o));
        }

        // Appends run (if not empty) to the scratch stack as a Const part and clears it.
        private void FlushRun(StringBuilder run, int pos)
        {
            if (run.Length > 0)
            {
                _scratch.Add(StrConst(run.ToString(), pos));
                run.Clear();
            }
        }

        // Parses f-string content source[start..end): literal text goes to run, replacement fields become
        // FormattedValue parts on the scratch stack (run is flushed before each). In a format spec (spec = true) parsing
        // stops at an unmatched '}'. Returns the index where parsing stopped.
        private int ParseFString(int start, int end, int line, int lineStart, bool raw, bool spec, int depth, StringBuilder run)
        {
            string t = _source.Text;
            int flags = raw ? Token.StrRaw : 0;
            int lit = start;
            int i = start;
            while (i < end)
            {
                char c = t[i];
                if (c == '{')
                {
                    if (!spec && i + 1 < end && t[i + 1] == '{')
                    {
                        AppendLiteral(run, lit, i + 1, flags, line, lineStart);
                        i += 2;
                        lit = i;
                        continue;
                    }

                    AppendLiteral(run, lit, i, flags, line, lineStart);
                    FlushRun(run, Tree.Pos(line, i - lineStart));
                    i = ParseReplacementField(i, end, line, lineStart, raw, depth);
                    lit = i;
                    continue;
                }

                if (c == '}')
                {
                    if (spec)
                    {
                        break;
                    }

                    if (i + 1 < end && t[i + 1] == '}')
                    {
                        AppendLiteral(run, lit, i + 1, flags, line, lineStart);
                        i += 2;
                        lit = i;
                        continue;
                    }

                    throw _source.Syntax("f-string: single '}' is not allowed", line, i - lineStart);
                }

                if (c == '\\' && !raw && i + 1 < end && t[i + 1] != '{' && t[i + 1] != '}')
                {
                    i++;
                }

                if (t[i] == '\n' || (t[i] == '\r' && (i + 1 >= end || t[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }

                i++;
            }

            AppendLiteral(run, lit, i, flags, line, lineStart);
            return i;
        }

        private void AppendLiteral(StringBuilder run, int from, int to, int flags, int line, int lineStart)
        {
            if (to > from)
            {
                run.Append((string)_lx.Decode(from, to, flags, line, from - lineStart));
            }
        }

        // A replacement field starting at source[open] == '{'. Returns the index after its closing '}'.
        private int ParseReplacementField(int open, int end, int line, int lineStart, bool raw, int depth)
        {
            string t = _source.Text;
            if (depth >= 2)
            {
                throw _source.Syntax("f-string: expressions nested too deeply", line, open - lineStart);
            }

            int exprStart = open + 1;
            int exprLine = line;
            int exprLineStart = lineStart;
            int j = exprStart;
            int nest = 0;
            char quote = '\0';
            bool tripleQuote = false;
            bool selfDoc = false;
            while (j < end)
            {
                char c = t[j];
                if (c == '\\')
                {
                    throw _source.Syntax("f-string expression part cannot include a backslash", line, j - lineStart);
                }

                if (c == '\n' || c == '\r')
                {
                    if (!(c == '\r' && j + 1 < end && t[j + 1] == '\n'))
                    {
                        line++;
                        lineStart = j + 1;
                    }

                    j++;
                    continue;
                }

                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        if (!tripleQuote)
                        {
                            quote = '\0';
                        }
                        else if (j + 2 < end && t[j + 1] == quote && t[j + 2] == quote)
                        {
                            quote = '\0';
                            j += 2;
                        }
                    }

                    j++;
                    continue;
                }

                if (c == '\'' || c == '"')
                {
                    quote = c;
                    tripleQuote = j + 2 < end && t[j + 1] == c && t[j + 2] == c;
                    j += tripleQuote ? 3 : 1;
                    continue;
                }

                if (c == '#')
                {
                    throw _source.Syntax("f-string expression part cannot include '#'", line, j - lineStart);
                }

                if (c == '(' || c == '[' || c == '{')
                {
                    nest++;
                }
                else if (c == ')' || c == ']' || c == '}')
                {
                    if (nest == 0)
                    {
                        if (c == '}')
                        {
                            break;
                        }

                        throw _source.Syntax("f-string: unmatched '" + c + "'", line, j - lineStart);
                    }

                    nest--;
                }
                else if (nest == 0)
                {
                    char n = j + 1 < end ? t[j + 1] : '\0';
                    if (c == '!' && n != '=')
                    {
                        break;
                    }

                    if (c == ':')
                    {
                        break;
                    }

                    if (c == '=' || c == '!' || c == '<' || c == '>')
                    {
                        if (n == '=')
                        {
                            j += 2;
                            continue;
                        }

                        if (c == '=')
                        {
                            selfDoc = true;
                            break;
                        }
                    }
                }

                j++;
            }

            if (j >= end || quote != '\0')
            {
                throw _source.Syntax("f-string: expecting '}'", line, j - lineStart);
            }

            int exprEnd = j;
            bool blank = true;
            for (int k = exprStart; k < exprEnd; k++)
            {
                if (!StrUtil.IsSpace(t[k]))
                {
                    blank = false;
                    break;
                }
            }

            if (blank)
            {
                throw _source.Syntax("f-string: empty expression not allowed", line, j - lineStart);
            }

            int expr = ParseFieldExpression(exprStart, exprEnd, exprLine, exprLineStart);
            int pos = Tree.Pos(exprLine, exprStart - exprLineStart);
            if (selfDoc)
            {
                j++;
                while (j < end && (t[j] == ' ' || t[j] == '\t'))
                {
                    j++;
                }

                // The expression text, '=' and the blanks around it are printed as they were written.
                _scratch.Add(StrConst(t.Substring(exprStart, j - exprStart), pos));
            }

            int conv = 0;
            if (j < end && t[j] == '!')
            {
                j++;
                char cc = j < end ? t[j] : '\0';
                conv = cc == 's' ? 1 : cc == 'r' ? 2 : cc == 'a' ? 3 : 0;
                if (conv == 0)
                {
                    throw _source.Syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'", line, j - lineStart);
                }

                j++;
                if (j >= end || (t[j] != ':' && t[j] != '}'))
                {
                    throw _source.Syntax("f-string: expecting '}'", line, j - lineStart);
                }
            }

            int specNode = -1;
            if (j < end && t[j] == ':')
            {
                j++;
                int mark = _scratch.Count;
                StringBuilder specRun = new StringBuilder();
                int specStart = j;
                j = ParseFString(j, end, line, lineStart, raw, true, depth + 1, specRun);

                // Line tracking inside the spec is recomputed from the text consumed.
                for (int k = specStart; k < j; k++)
                {
                    if (t[k] == '\n')
                    {
                        line++;
                        lineStart = k + 1;
                    }
                }

                if (_scratch.Count == mark)
                {
                    specNode = StrConst(specRun.ToString(), pos);
                }
                else
                {
                    FlushRun(specRun, pos);
                    specNode = _tree.AddList(NodeKind.JoinedStr, pos, _scratch, mark);
                    _scratch.Count = mark;
                }
            }

            if (j >= end || t[j] != '}')
            {
                throw _source.Syntax("f-string: expecting '}'", line, j - lineStart);
            }

            if (selfDoc && conv == 0 && specNode < 0)
            {
                conv = 2;
            }

            _scratch.Add(_tree.Add(NodeKind.FormattedValue, pos, expr, conv, specNode));
            return j + 1;
        }

        // Parses source[start..end) as the expression of a replacement field, with a nested lexer in expression mode.
        private int ParseFieldExpression(int start, int end, int line, int lineStart)
        {
            Lexer saved = _lx;
            _lx = new Lexer(_source, _numbers, start, end, line, lineStart, true);
            _lx.Next();
            int e = _lx.Kind == Token.Yield ? ParseYield() : ParseStarExpressions();
            if (_lx.Kind != Token.EndMarker)
            {
                throw Error("f-string: expecting '}'");
            }

            _lx = saved;
            return e;
        }
    }
}
