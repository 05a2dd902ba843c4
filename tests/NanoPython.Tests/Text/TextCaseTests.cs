using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Text
{
    /// <summary>
    /// The CPython-generated tables of TextCases.g.cs (python3 tests/NanoPython.Tests/Text/gen_cases.py): every row is
    /// evaluated in a fresh interpreter and compared with CPython's ascii() of the value or its error.
    /// </summary>
    [TestClass]
    public class TextCaseTests
    {
        [TestMethod]
        public void StrSearch_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrSearch);

        [TestMethod]
        public void StrSplit_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrSplit);

        [TestMethod]
        public void StrEdit_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrEdit);

        [TestMethod]
        public void StrCase_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrCase);

        [TestMethod]
        public void StrUnicode_NonBmpCases_MatchCPython() => TextHost.AssertRows(TextCases.StrUnicode);

        [TestMethod]
        public void StrCodec_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrCodec);

        [TestMethod]
        public void StrFormat_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrFormat);

        [TestMethod]
        public void FormatNumbers_Cases_MatchCPython() => TextHost.AssertRows(TextCases.FormatNumbers);

        [TestMethod]
        public void FormatStr_Cases_MatchCPython() => TextHost.AssertRows(TextCases.FormatStr);

        [TestMethod]
        public void PercentStr_Cases_MatchCPython() => TextHost.AssertRows(TextCases.PercentStr);

        [TestMethod]
        public void PercentNumbers_Cases_MatchCPython() => TextHost.AssertRows(TextCases.PercentNumbers);

        [TestMethod]
        public void StrTranslate_Cases_MatchCPython() => TextHost.AssertRows(TextCases.StrTranslate);

        [TestMethod]
        public void Bytes_Cases_MatchCPython() => TextHost.AssertRows(TextCases.Bytes);

        [TestMethod]
        public void ByteArray_Cases_MatchCPython() => TextHost.AssertRows(TextCases.ByteArray);

        [TestMethod]
        public void Constructors_Cases_MatchCPython() => TextHost.AssertRows(TextCases.Constructors);

        [TestMethod]
        public void Builtins_Cases_MatchCPython() => TextHost.AssertRows(TextCases.Builtins);

        [TestMethod]
        public void MemoryView_Cases_MatchCPython() => TextHost.AssertRows(TextCases.MemoryView);
    }
}
