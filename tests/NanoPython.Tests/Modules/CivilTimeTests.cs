using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NanoPython.Modules;

namespace NanoPython.Tests;

/// <summary>time's calendar arithmetic against System.DateTime, and the ticks arithmetic of 32-bit ports.</summary>
[TestClass]
public class CivilTimeTests
{
    [TestMethod]
    public void Time_CivilDays_AgreeWithDateTime()
    {
        DateTime epoch = new DateTime(1970, 1, 1);
        for (long days = -719000; days <= 2900000; days += 97)
        {
            DateTime d = epoch.AddDays(days);
            CivilTime.CivilFromDays(days, out long y, out int m, out int day);
            Assert.AreEqual(d.Year, (int)y, "year of day " + days);
            Assert.AreEqual(d.Month, m);
            Assert.AreEqual(d.Day, day);
            Assert.AreEqual(days, CivilTime.DaysFromCivil(y, m, day));
            Assert.AreEqual(((int)d.DayOfWeek + 6) % 7, CivilTime.Weekday(days), "weekday (Monday = 0)");
        }
    }

    [TestMethod]
    public void Time_Ticks_WrapAt2Pow30()
    {
        using FsSession s = new FsSession(true);
        Assert.AreEqual(
            "1073741823 0 -1 1 -536870912 536870911\nOverflowError\n",
            s.Run(
                "import time\n"
                + "print(time.ticks_add(0, -1), time.ticks_add(1073741823, 1), time.ticks_diff(1073741823, 0), "
                + "time.ticks_diff(0, 1073741823), time.ticks_diff(536870912, 0), time.ticks_diff(536870911, 0))\n"
                + "try:\n    time.ticks_add(0, 1 << 29)\nexcept OverflowError:\n    print('OverflowError')"));
    }

    [TestMethod]
    public void Time_BoardEpoch_Is2000()
    {
        using FsSession board = new FsSession(true);
        Assert.AreEqual("(2000, 1, 1, 0, 0, 0, 5, 1)\n946771200\n0\n", board.Run(
            "import time\nprint(time.gmtime(0))\nprint(time.mktime((2030, 1, 1, 0, 0, 0, 0, 0)))\nprint(time.mktime(time.localtime(0)))"));
        using FsSession unix = new FsSession(false);
        Assert.AreEqual("(1970, 1, 1, 0, 0, 0, 3, 1, 0)\n(2000, 1, 1, 0, 0, 0, 5, 1, 0)\n", unix.Run(
            "import time\nprint(time.gmtime(0))\nprint(time.localtime(946684800))"));
    }
}
