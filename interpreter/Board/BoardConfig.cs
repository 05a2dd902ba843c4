using System.Collections;

namespace NanoPython.Board
{
    /// <summary>
    /// nf.config: the board and feature configuration ("key = value" lines, '#' comments). Unknown keys are kept
    /// (a newer file on an older firmware is not an error); typed getters fall back to their defaults.
    /// </summary>
    public sealed class BoardConfig
    {
        private readonly Hashtable _values = new Hashtable();

        /// <summary>Parses the text of an nf.config file.</summary>
        public static BoardConfig Parse(string text)
        {
            BoardConfig c = new BoardConfig();
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int hash = line.IndexOf('#');
                if (hash >= 0)
                {
                    line = line.Substring(0, hash);
                }

                int eq = line.IndexOf('=');
                if (eq <= 0)
                {
                    continue;
                }

                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                if (key.Length > 0)
                {
                    c._values[key] = value;
                }
            }

            return c;
        }

        /// <summary>The value of key, or fallback.</summary>
        public string Get(string key, string fallback)
        {
            string v = (string)_values[key];
            return v ?? fallback;
        }

        /// <summary>The integer value of key, or fallback when absent or not a number.</summary>
        public int GetInt(string key, int fallback)
        {
            string v = (string)_values[key];
            if (v == null)
            {
                return fallback;
            }

            int r = 0;
            bool neg = v.Length > 0 && v[0] == '-';
            int i = neg ? 1 : 0;
            if (i >= v.Length)
            {
                return fallback;
            }

            for (; i < v.Length; i++)
            {
                char ch = v[i];
                if (ch < '0' || ch > '9' || r > 100000000)
                {
                    return fallback;
                }

                r = r * 10 + (ch - '0');
            }

            return neg ? -r : r;
        }

        /// <summary>The boolean value of key (on/off, true/false, yes/no, 1/0), or fallback.</summary>
        public bool GetBool(string key, bool fallback)
        {
            string v = (string)_values[key];
            if (v == null)
            {
                return fallback;
            }

            v = v.ToLower();
            if (v == "on" || v == "true" || v == "yes" || v == "1")
            {
                return true;
            }

            if (v == "off" || v == "false" || v == "no" || v == "0")
            {
                return false;
            }

            return fallback;
        }
    }
}
