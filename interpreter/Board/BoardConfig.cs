namespace NanoPython.Board
{
    /// <summary>
    /// nf.config: the board and feature configuration ("key = value" lines, '#' comments). Unknown keys are kept
    /// (a newer file on an older firmware is not an error); typed getters fall back to their defaults.
    /// </summary>
    public sealed class BoardConfig
    {
        // The text itself: values are looked up in it when asked for (a few times at start-up). On the device the text
        // is a literal in flash, where a table of the values would stay on the heap for as long as the port lives.
        private readonly string _text;

        private BoardConfig(string text)
        {
            _text = text ?? string.Empty;
        }

        /// <summary>Parses the text of an nf.config file.</summary>
        public static BoardConfig Parse(string text)
        {
            return new BoardConfig(text);
        }

        /// <summary>The value of key, or fallback.</summary>
        public string Get(string key, string fallback)
        {
            string v = Value(key);
            return v ?? fallback;
        }

        // The value of the last "key = value" line for key, or null.
        private string Value(string key)
        {
            string text = _text;
            string found = null;
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                string line = text.Substring(start, end - start);
                start = end + 1;
                int hash = line.IndexOf('#');
                if (hash >= 0)
                {
                    line = line.Substring(0, hash);
                }

                int eq = line.IndexOf('=');
                if (eq > 0 && line.Substring(0, eq).Trim() == key)
                {
                    found = line.Substring(eq + 1).Trim();
                }
            }

            return found;
        }

        /// <summary>The integer value of key, or fallback when absent or not a number.</summary>
        public int GetInt(string key, int fallback)
        {
            string v = Value(key);
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
            string v = Value(key);
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
