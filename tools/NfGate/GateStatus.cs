namespace NanoPython.Tools.NfGate;

/// <summary>How one device assembly fared in the gate.</summary>
public enum GateStatus
{
    /// <summary>Compiled against the nanoFramework API and passed NfCheck.</summary>
    Ok,

    /// <summary>Out-of-date project file, compile errors or NfCheck violations.</summary>
    Failed,

    /// <summary>Not compiled because a project it references failed.</summary>
    Skipped,
}
