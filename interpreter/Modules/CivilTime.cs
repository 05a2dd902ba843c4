namespace NanoPython.Modules
{
    /// <summary>
    /// Calendar arithmetic for time.gmtime/mktime: days since 1970-01-01 to and from (year, month, day) in the
    /// proleptic Gregorian calendar (H. Hinnant's algorithms, exact for every long day count).
    /// </summary>
    public static class CivilTime
    {
        /// <summary>Days from 1970-01-01 to year-month-day (month 1..12; any day, it is just added).</summary>
        public static long DaysFromCivil(long year, int month, long day)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yoe = y - era * 400;
            long mp = month > 2 ? month - 3 : month + 9;
            long doy = (153 * mp + 2) / 5 + day - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468;
        }

        /// <summary>The date of a day count since 1970-01-01.</summary>
        public static void CivilFromDays(long days, out long year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            day = (int)(doy - (153 * mp + 2) / 5 + 1);
            month = (int)(mp < 10 ? mp + 3 : mp - 9);
            year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        }

        /// <summary>The day of the week of a day count, Monday = 0 (1970-01-01 was a Thursday).</summary>
        public static int Weekday(long days)
        {
            long w = (days + 3) % 7;
            return (int)(w < 0 ? w + 7 : w);
        }

        /// <summary>Floor division for possibly negative seconds.</summary>
        public static long FloorDiv(long a, long b)
        {
            long q = a / b;
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
        }
    }
}
