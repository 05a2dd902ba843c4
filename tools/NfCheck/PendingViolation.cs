using System.Collections.Generic;

namespace NanoPython.Tools.NfCheck;

/// <summary>A violation being collected: one per rule and site, gathering every offending construct found there.</summary>
internal sealed class PendingViolation
{
    public PendingViolation(NfRule rule, MemberSite site, string message)
    {
        Rule = rule;
        Site = site;
        Message = message;
    }

    public NfRule Rule { get; }

    public MemberSite Site { get; }

    /// <summary>A fixed message (size and count rules), or null to build it from the rule, details and site.</summary>
    public string Message { get; }

    /// <summary>The distinct offending constructs (types, instructions), in the order found.</summary>
    public List<string> Details { get; } = new List<string>();
}
