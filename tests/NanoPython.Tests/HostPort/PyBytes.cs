using System;
using System.IO;
using System.Text;

namespace NanoPython.Tests.HostPort;

/// <summary>Python bytes literals, written the way mpremote/pyboard send chunks and parsed the way ast.literal_eval reads them back.</summary>
public static class PyBytes
{
    /// <summary>repr(bytes) as Python writes it (single quotes).</summary>
    public static string Repr(byte[] data)
    {
        StringBuilder sb = new StringBuilder("b'");
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\'': sb.Append("\\'"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                default:
                    if (b >= 32 && b < 127)
                    {
                        sb.Append((char)b);
                    }
                    else
                    {
                        sb.Append("\\x").Append(b.ToString("x2"));
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>The bytes of a literal b'...' or b"..." (the escapes repr produces).</summary>
    public static byte[] Parse(string literal)
    {
        if (literal.Length < 3 || literal[0] != 'b' || (literal[1] != '\'' && literal[1] != '"') || literal[literal.Length - 1] != literal[1])
        {
            throw new FormatException("not a bytes literal: " + literal);
        }

        MemoryStream m = new MemoryStream();
        for (int i = 2; i < literal.Length - 1; i++)
        {
            char c = literal[i];
            if (c != '\\')
            {
                m.WriteByte((byte)c);
                continue;
            }

            char e = literal[++i];
            switch (e)
            {
                case 'n': m.WriteByte(10); break;
                case 'r': m.WriteByte(13); break;
                case 't': m.WriteByte(9); break;
                case '\\': m.WriteByte(92); break;
                case '\'': m.WriteByte(39); break;
                case '"': m.WriteByte(34); break;
                case 'x':
                    m.WriteByte(Convert.ToByte(literal.Substring(i + 1, 2), 16));
                    i += 2;
                    break;
                default: throw new FormatException("unknown escape \\" + e);
            }
        }

        return m.ToArray();
    }
}
