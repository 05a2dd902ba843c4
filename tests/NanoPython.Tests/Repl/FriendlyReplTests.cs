using Microsoft.VisualStudio.TestTools.UnitTesting;
using static NanoPython.Tests.Repl.ReplHarness;

namespace NanoPython.Tests.Repl;

/// <summary>The friendly REPL byte for byte (COMPAT.md 2.1; MicroPython's pyexec.c, readline.c and repl.c).</summary>
[TestClass]
public sealed class FriendlyReplTests
{
    private const string P = ">>> ";

    [TestMethod]
    public void Friendly_Start_PrintsBannerAndPrompt()
    {
        AreSame(Banner + P, Run(string.Empty));
    }

    [TestMethod]
    public void Friendly_Expression_EchoesRepr()
    {
        AreSame(Banner + ">>> 1+2\r\n3\r\n>>> 'a'\r\n'a'\r\n>>> None\r\n>>> ", Run("1+2\r'a'\rNone\r"));
    }

    [TestMethod]
    public void Friendly_Underscore_HoldsLastValue()
    {
        AreSame(Banner + ">>> 5*5\r\n25\r\n>>> x = 1\r\n>>> _\r\n25\r\n>>> ", Run("5*5\rx = 1\r_\r"));
    }

    [TestMethod]
    public void Friendly_EmptyLine_PromptsAgain()
    {
        AreSame(Banner + ">>> \r\n>>> \r\n>>> ", Run("\r\r"));
    }

    [TestMethod]
    public void Friendly_Print_IsCooked()
    {
        AreSame(Banner + ">>> print('a\\nb')\r\na\r\nb\r\n>>> ", Run("print('a\\nb')\r"));
    }

    [TestMethod]
    public void Friendly_StdoutBuffer_IsRaw()
    {
        AreSame(
            Banner + ">>> import sys\r\n>>> n = sys.stdout.buffer.write(b'x\\ny')\r\nx\ny>>> ",
            Run("import sys\rn = sys.stdout.buffer.write(b'x\\ny')\r"));
    }

    [TestMethod]
    public void Friendly_Continuation_AutoIndentsAndEndsAfterBlankLines()
    {
        // After a body line the indentation continues; a line of only spaces keeps it once more; after two such
        // lines the prompt is bare and Enter runs the block (readline_auto_indent).
        AreSame(
            Banner + ">>> for i in range(2):\r\n...     print(i)\r\n...     \r\n...     \r\n... \r\n0\r\n1\r\n>>> ",
            Run("for i in range(2):\rprint(i)\r\r\r\r"));
    }

    [TestMethod]
    public void Friendly_Continuation_NestedBlockIndentsTwice()
    {
        AreSame(
            Banner + ">>> if 1:\r\n...     if 1:\r\n...         \b\b\b\b\u001b[K\r\n>>> ",
            Run("if 1:\rif 1:\r\u007f\u0003"));
    }

    [TestMethod]
    public void Friendly_OpenBracket_Continues()
    {
        AreSame(Banner + ">>> (1 +\r\n... 2)\r\n3\r\n>>> ", Run("(1 +\r2)\r"));
    }

    [TestMethod]
    public void Friendly_CtrlDOnContinuationLine_EndsTheStatement()
    {
        AreSame(
            Banner + ">>> for i in range(2):\r\n...     print(i)\r\n...     \b\b\b\b\u001b[K0\r\n1\r\n>>> ",
            Run("for i in range(2):\rprint(i)\r\u007f\u0004"));
    }

    [TestMethod]
    public void Friendly_CtrlCOnContinuationLine_CancelsTheStatement()
    {
        AreSame(Banner + ">>> if 1:\r\n...     \r\n>>> ", Run("if 1:\r\u0003"));
    }

    [TestMethod]
    public void Friendly_Backspace_ErasesOneCharacter()
    {
        AreSame(Banner + ">>> 12\b\u001b[K3\r\n13\r\n>>> ", Run("12\u007f3\r"));
        AreSame(Banner + ">>> 12\b\u001b[K3\r\n13\r\n>>> ", Run("12\b3\r"));
    }

    [TestMethod]
    public void Friendly_LeftArrowAndInsert_RedrawsTail()
    {
        AreSame(Banner + ">>> 12\b32\b\r\n132\r\n>>> ", Run("12\u001b[D3\r"));
    }

    [TestMethod]
    public void Friendly_RightArrow_DrawsOverCharacter()
    {
        AreSame(Banner + ">>> 12\b\b142\b\r\n142\r\n>>> ", Run("12\u001b[D\u001b[D\u001b[C4\r"));
    }

    [TestMethod]
    public void Friendly_HomeAndEnd_EmacsAndVt100()
    {
        const string Expected = ">>> 23\b\b123\b\b23\r\n123\r\n>>> ";
        AreSame(Banner + Expected, Run("23\u00011\u0005\r"));
        AreSame(Banner + Expected, Run("23\u001b[H1\u001b[F\r"));
        AreSame(Banner + Expected, Run("23\u001b[1~1\u001b[4~\r"));
        AreSame(Banner + Expected, Run("23\u001bOH1\u001bOF\r"));
    }

    [TestMethod]
    public void Friendly_DeleteKeyAndCtrlD_DeleteAtCursor()
    {
        const string Expected = ">>> 123\b\b\u001b[K3\b\r\n13\r\n>>> ";
        AreSame(Banner + Expected, Run("123\u001b[D\u001b[D\u001b[3~\r"));
        AreSame(Banner + Expected, Run("123\u0002\u0002\u0004\r"));
    }

    [TestMethod]
    public void Friendly_KillKeys_CutTheLine()
    {
        AreSame(Banner + ">>> 1234\b\b\u001b[K\r\n12\r\n>>> ", Run("1234\u0002\u0002\u000b\r"));
        AreSame(Banner + ">>> 1234\b\b\b\b\u001b[K34\b\b\r\n34\r\n>>> ", Run("1234\u0002\u0002\u0015\r"));
        AreSame(Banner + ">>> 1+23\b\b\u001b[K45\r\n46\r\n>>> ", Run("1+23\u001745\r"));
    }

    [TestMethod]
    public void Friendly_WordMoves_AltBAndAltF()
    {
        // Alt-B moves back over "23" (two columns), Alt-F forward again (drawing over it).
        AreSame(Banner + ">>> 1+23\b\b23\r\n24\r\n>>> ", Run("1+23\u001bb\u001bf\r"));
    }

    [TestMethod]
    public void Friendly_History_UpArrowRecallsLastLine()
    {
        AreSame(Banner + ">>> 11\r\n11\r\n>>> 11\r\n11\r\n>>> ", Run("11\r\u001b[A\r"));
    }

    [TestMethod]
    public void Friendly_History_CtrlPAndCtrlN()
    {
        AreSame(Banner + ">>> 1\r\n1\r\n>>> 2\r\n2\r\n>>> 2\b1\b2\r\n2\r\n>>> ", Run("1\r2\r\u0010\u0010\u000e\r"));
    }

    [TestMethod]
    public void Friendly_History_SkipsRepeatsAndKeepsEight()
    {
        AreSame(Banner + ">>> 5\r\n5\r\n>>> 5\r\n5\r\n>>> 5\r\n5\r\n>>> ", Run("5\r5\r\u0010\u0010\r"));

        // Nine lines typed: the oldest one ("1") fell out, so going up as far as possible reaches "2".
        string typed = "1\r2\r3\r4\r5\r6\r7\r8\r9\r" + new string('\u0010', 9) + "\r";
        StringAssert.EndsWith(Run(typed), "\r\n2\r\n>>> ");
    }

    [TestMethod]
    public void Friendly_History_IsClearedBySoftReset()
    {
        AreSame(Banner + ">>> 7\r\n7\r\n>>> \r\nMPY: soft reboot\r\n" + Banner + ">>> \r\n>>> ", Run("7\r\u0004\u001b[A\r"));
    }

    [TestMethod]
    public void Friendly_CtrlC_CancelsLine()
    {
        AreSame(Banner + ">>> 12\r\n>>> \r\n>>> ", Run("12\u0003\u0003"));
    }

    [TestMethod]
    public void Friendly_CtrlB_PrintsBannerAgain()
    {
        AreSame(Banner + ">>> \r\n" + Banner + ">>> ", Run("\u0002"));
    }

    [TestMethod]
    public void Friendly_CtrlA_EntersRawRepl()
    {
        AreSame(Banner + ">>> \r\n" + RawBanner, Run("\u0001"));
    }

    [TestMethod]
    public void Friendly_CtrlD_SoftResetsWithFreshGlobals()
    {
        string output = Run("x = 1\r\u0004x\r");
        string expected = Banner + ">>> x = 1\r\n>>> \r\nMPY: soft reboot\r\n" + Banner
            + ">>> x\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nNameError: ";
        AreSame(expected, output.Substring(0, System.Math.Min(expected.Length, output.Length)));
        StringAssert.EndsWith(output, "\r\n>>> ");
    }

    [TestMethod]
    public void Friendly_SysExit_SoftResets()
    {
        AreSame(Banner + ">>> import sys\r\n>>> sys.exit()\r\nMPY: soft reboot\r\n" + Banner + P, Run("import sys\rsys.exit()\r"));
    }

    [TestMethod]
    public void Friendly_Exception_PrintsTraceback()
    {
        AreSame(
            Banner + ">>> raise ValueError('bad')\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nValueError: bad\r\n>>> ",
            Run("raise ValueError('bad')\r"));
    }

    [TestMethod]
    public void Friendly_SyntaxError_PrintsLocation()
    {
        AreSame(
            Banner + ">>> 1 +\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n>>> ",
            Run("1 +\r"));
    }

    [TestMethod]
    public void Friendly_SysPs1_ChangesThePrompt()
    {
        AreSame(Banner + ">>> import sys\r\n>>> sys.ps1 = '$ '\r\n$ ", Run("import sys\rsys.ps1 = '$ '\r"));
    }

    [TestMethod]
    public void Friendly_Tab_CompletesImportAndModuleName()
    {
        AreSame(Banner + ">>> import sys\r\n>>> ", Run("impo\tsy\t\r"));
    }

    [TestMethod]
    public void Friendly_Tab_CompletesAttribute()
    {
        AreSame(Banner + ">>> import sys\r\n>>> sys.platform\r\n'esp32'\r\n>>> ", Run("import sys\rsys.platf\t\r"));
    }

    [TestMethod]
    public void Friendly_Tab_CommonPrefixThenList()
    {
        AreSame(
            Banner + ">>> xyz1=1\r\n>>> xyz2=2\r\n>>> xyz\r\nxyz1            xyz2\r\n>>> xyz\r\n>>> ",
            Run("xyz1=1\rxyz2=2\rxy\t\t\u0003"));
    }

    [TestMethod]
    public void Friendly_Tab_ListUses16ColumnSlotsUpTo64()
    {
        string defs = "qq1=1\rqq2=2\rqq3=3\rqq4=4\rqq5=5\rqq6=6\r";
        string output = Run(defs + "qq\t\u0003");
        StringAssert.EndsWith(output, ">>> qq\r\nqq1             qq2             qq3             qq4\r\nqq5             qq6\r\n>>> qq\r\n>>> ");

        string longDefs = "long_name_number_01=1\rlong_name_number_02=2\rlong_name_number_03=3\r";
        output = Run(longDefs + "long\t\t\u0003");
        StringAssert.EndsWith(
            output,
            ">>> long_name_number_0\r\nlong_name_number_01             long_name_number_02\r\nlong_name_number_03\r\n>>> long_name_number_0\r\n>>> ");
    }

    [TestMethod]
    public void Friendly_Tab_MidLineRedrawsTail()
    {
        // The list is followed by the prompt, the text up to the cursor, then the rest of the line and the cursor moved back.
        string output = Run("xyz1=1\rxyz2=2\rxyz)\u001b[D\t\u0003");
        StringAssert.EndsWith(output, ">>> xyz)\b\r\nxyz1            xyz2\r\n>>> xyz)\b\r\n>>> ");
    }

    [TestMethod]
    public void Friendly_Tab_AfterWhitespaceInsertsFourSpaces()
    {
        AreSame(Banner + ">>>     \r\n>>> x     \r\n>>> ", Run("\t\u0003x \t\u0003"));
    }

    [TestMethod]
    public void Friendly_Tab_UnderscoreNamesNeedAPrefix()
    {
        StringAssert.EndsWith(Run("_zq=1\r_z\t\r"), ">>> _zq\r\n1\r\n>>> ");
    }
}
