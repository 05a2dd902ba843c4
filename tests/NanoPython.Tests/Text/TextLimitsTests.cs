using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoPython.Tests.Text
{
    /// <summary>Sizes from user input that cannot be allocated raise MemoryError, never a .NET exception.</summary>
    [TestClass]
    public class TextLimitsTests
    {
        [TestMethod]
        public void HugeWidths_Padding_RaiseMemoryError()
        {
            TextHost h = new TextHost();
            foreach (string expr in new[]
            {
                "'a'.center(2147483647)", "'a'.ljust(2000000000)", "'a'.zfill(2147483647)", "b'a'.rjust(2147483647)",
                "'a\\tb'.expandtabs(2147483647)", "'%*s' % (2147483647, 'a')", "'%.2147483647d' % 1",
                "'{:2147483647}'.format('a')",
            })
            {
                string r = h.Raises(() => h.Eval(expr));
                Assert.IsTrue(r.StartsWith("MemoryError") || r.StartsWith("ValueError"), expr + ": " + r);
            }
        }
    }
}
