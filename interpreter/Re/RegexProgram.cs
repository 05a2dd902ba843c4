namespace NanoPython.Re
{
    /*
     * Compiled regular expressions: a flat int[] program run by RegexMatcher, a backtracking machine. Every jump
     * offset is relative to the first word of its own instruction, so a block of code can be moved or copied as it
     * is (the compiler inserts loop and alternation heads in front of blocks it has already emitted, and copies
     * blocks for counted repetitions).
     *
     *   op          words  operands                 semantics
     *   Char        2      c                        the character c (stored case-folded in an IGNORECASE program)
     *   Any         1                               any character but '\n'
     *   AnyNl       1                               any character (DOTALL)
     *   Class       2      k                        a character of class k (offset into Classes)
     *   Split       3      a, b                     continue at pc+a; on failure, backtrack to pc+b
     *   Jmp         2      a                        continue at pc+a
     *   Save        2      s                        slot s := position (undone on backtracking); group g has slots 2g, 2g+1
     *   Bol, Eol    1                               ^ and $ (start; end or before a final '\n')
     *   MBol, MEol  1                               ^ and $ under MULTILINE (also after/before any '\n')
     *   StrBeg      1                               \A
     *   StrEnd      1                               \Z
     *   WordB       1                               \b
     *   NotWordB    1                               \B
     *   Repeat      5+n    min, max, lazy, n, op    a single-character op (Char, Any, AnyNl, Class) of n words
     *                                               repeated min..max times (max -1: unbounded); greedy runs give
     *                                               back one character per backtrack, lazy ones take one more
     *   BackRef     2      g                        the text group g matched (fails when it did not take part)
     *   Look        3      negate, n                a lookahead: the n words that follow (ending in Succeed) must
     *                                               (or, negated, must not) match here; consumes nothing
     *   Succeed     1                               end of a lookahead's body
     *   Mark        2      s                        loop slot s := position (undone on backtracking)
     *   Loop        4      s, a, lazy               end of one iteration of a loop whose body starts at pc+a (a Mark):
     *                                               if the iteration consumed nothing (position = slot s), leave the
     *                                               loop; else greedy: backtrack point "leave", iterate again; lazy:
     *                                               backtrack point "iterate again", leave
     *   Match       1                               success
     *
     * Classes is a flat int[]: at offset k, [negate, n, then n pairs (lo, hi)]; a pair (-1, cat) is a category:
     * 1 \d, 2 \D, 3 \w, 4 \W, 5 \s, 6 \S.
     */

    /// <summary>A compiled regular expression (the program format is specified at the top of this file).</summary>
    internal sealed class RegexProgram
    {
        internal const int Char = 0;
        internal const int Any = 1;
        internal const int AnyNl = 2;
        internal const int Class = 3;
        internal const int Split = 4;
        internal const int Jmp = 5;
        internal const int Save = 6;
        internal const int Bol = 7;
        internal const int Eol = 8;
        internal const int MBol = 9;
        internal const int MEol = 10;
        internal const int StrBeg = 11;
        internal const int StrEnd = 12;
        internal const int WordB = 13;
        internal const int NotWordB = 14;
        internal const int Repeat = 15;
        internal const int BackRef = 16;
        internal const int Look = 17;
        internal const int Succeed = 18;
        internal const int Mark = 19;
        internal const int Loop = 20;
        internal const int Match = 21;

        internal const int CatDigit = 1;
        internal const int CatNotDigit = 2;
        internal const int CatWord = 3;
        internal const int CatNotWord = 4;
        internal const int CatSpace = 5;
        internal const int CatNotSpace = 6;

        /// <summary>The program.</summary>
        internal int[] Code;

        /// <summary>The character classes.</summary>
        internal int[] Classes;

        /// <summary>Capturing groups, group 0 (the whole match) included.</summary>
        internal int GroupCount;

        /// <summary>Slots: two per group, then one per loop.</summary>
        internal int SlotCount;

        /// <summary>Group names, indexed by group number (null when unnamed).</summary>
        internal string[] GroupNames;

        /// <summary>The flags, inline flags included (Pattern.flags).</summary>
        internal int Flags;

        /// <summary>Case-insensitive matching.</summary>
        internal bool IgnoreCase;

        /// <summary>\w, \d, \s and case folding limited to ASCII (bytes patterns, re.ASCII).</summary>
        internal bool Ascii;

        /// <summary>The pattern starts with ^ or \A outside MULTILINE: only position 0 can match.</summary>
        internal bool Anchored;

        /// <summary>A character every match must start with, or -1 (lets a search skip ahead).</summary>
        internal int FirstChar = -1;

        /// <summary>The number of the group called name, or -1.</summary>
        internal int IndexOfName(string name)
        {
            for (int g = 1; g < GroupNames.Length; g++)
            {
                if (GroupNames[g] == name)
                {
                    return g;
                }
            }

            return -1;
        }
    }
}
