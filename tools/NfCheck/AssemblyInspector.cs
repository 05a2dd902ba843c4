using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace NanoPython.Tools.NfCheck;

/// <summary>
/// Walks every definition of one assembly (types, fields, method signatures, locals, IL bodies) and collects the
/// violations of nanoFramework's rules and the numbers of the budget table. Violations are charged to the definition
/// that uses the construct; metadata rows that no definition reaches are reported on their own at the end.
/// </summary>
internal sealed class AssemblyInspector
{
    private readonly PEReader _pe;
    private readonly MetadataReader _md;
    private readonly PdbSourceMap _sources;
    private readonly string _path;
    private readonly string _assemblyName;
    private readonly SignatureShapeProvider _provider = new SignatureShapeProvider();
    private readonly List<PendingViolation> _violations = new List<PendingViolation>();
    private readonly Dictionary<string, PendingViolation> _violationsByKey = new Dictionary<string, PendingViolation>(StringComparer.Ordinal);
    private readonly HashSet<EntityHandle> _reachedSpecs = new HashSet<EntityHandle>();
    private readonly HashSet<int> _methodStrings = new HashSet<int>();

    private int _ilBytes;
    private int _methodCount;
    private NfTypeStats _largestType;
    private string _largestMethod;
    private int _largestMethodBytes;
    private string _largestStringUser;
    private int _largestStringUserBytes;

    public AssemblyInspector(PEReader pe, PdbSourceMap sources, string path)
    {
        _pe = pe;
        _md = pe.GetMetadataReader();
        _sources = sources;
        _path = path;
        _assemblyName = _md.IsAssembly
            ? _md.GetString(_md.GetAssemblyDefinition().Name)
            : _md.GetString(_md.GetModuleDefinition().Name);
    }

    public NfCheckReport Inspect()
    {
        foreach (TypeDefinitionHandle type in _md.TypeDefinitions)
        {
            InspectType(type);
        }

        InspectUnreachedSpecs();
        int userStringBytes = _md.GetHeapSize(HeapIndex.UserString);
        InspectAssemblySizes(userStringBytes);

        var violations = new List<NfViolation>(_violations.Count);
        foreach (PendingViolation pending in _violations)
        {
            violations.Add(ToViolation(pending));
        }

        // The <Module> pseudo-type holds global members; it is not a type anyone wrote.
        int typeCount = Math.Max(0, _md.TypeDefinitions.Count - 1);
        return new NfCheckReport(
            _assemblyName,
            _path,
            violations,
            _ilBytes,
            userStringBytes,
            _md.GetHeapSize(HeapIndex.String),
            typeCount,
            _methodCount,
            _largestType);
    }

    private void InspectType(TypeDefinitionHandle handle)
    {
        TypeDefinition type = _md.GetTypeDefinition(handle);
        string[] typeParameters = MetadataNames.TypeParameterNames(_md, type.GetGenericParameters());
        string display = MetadataNames.TypeDefinition(_md, handle, true);
        string metadataName = MetadataNames.TypeMetadataName(_md, handle);
        var site = new MemberSite(display, handle, default, metadataName, null);
        var context = new SignatureContext(typeParameters, null);

        if (typeParameters.Length > 0)
        {
            Add(NfRule.GenericTypeDefinition, site, null);
            CheckConstraints(site, type.GetGenericParameters(), context);
        }

        CheckHandle(site, type.BaseType, context);
        foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
        {
            CheckHandle(site, _md.GetInterfaceImplementation(implementation).Interface, context);
        }

        foreach (MethodImplementationHandle implementation in type.GetMethodImplementations())
        {
            CheckHandle(site, _md.GetMethodImplementation(implementation).MethodDeclaration, context);
        }

        foreach (EventDefinitionHandle eventHandle in type.GetEvents())
        {
            // The event's accessors and backing field carry the same type in their signatures and are reported there.
            EntityHandle eventType = _md.GetEventDefinition(eventHandle).Type;
            if (eventType.Kind == HandleKind.TypeSpecification)
            {
                _reachedSpecs.Add(eventType);
            }
        }

        foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
        {
            FieldDefinition field = _md.GetFieldDefinition(fieldHandle);
            string name = _md.GetString(field.Name);
            var fieldSite = new MemberSite(display + "." + name, handle, default, metadataName, name);
            AddShape(fieldSite, field.DecodeSignature(_provider, context));
        }

        int ilBytes = 0;
        int virtualMethods = 0;
        int instanceMethods = 0;
        int staticMethods = 0;
        foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
        {
            MethodDefinition method = _md.GetMethodDefinition(methodHandle);

            // Counted as nanoFramework's metadata processor numbers them: virtual (abstract included), then the
            // remaining instance methods, then static ones; each count is stored in one byte of the type record.
            if ((method.Attributes & System.Reflection.MethodAttributes.Virtual) != 0
                || (method.Attributes & System.Reflection.MethodAttributes.Abstract) != 0)
            {
                virtualMethods++;
            }
            else if ((method.Attributes & System.Reflection.MethodAttributes.Static) != 0)
            {
                staticMethods++;
            }
            else
            {
                instanceMethods++;
            }

            ilBytes += InspectMethod(handle, display, metadataName, typeParameters, methodHandle, method);
        }

        _methodCount += type.GetMethods().Count;
        _ilBytes += ilBytes;
        CheckCount(NfRule.VirtualMethodCount, site, virtualMethods, "virtual");
        CheckCount(NfRule.InstanceMethodCount, site, instanceMethods, "instance");
        CheckCount(NfRule.StaticMethodCount, site, staticMethods, "static");

        bool isModuleType = MetadataTokens.GetRowNumber(handle) == 1;
        if (!isModuleType && (_largestType == null || ilBytes > _largestType.IlBytes))
        {
            _largestType = new NfTypeStats(display, ilBytes, virtualMethods, instanceMethods, staticMethods);
        }
    }

    private int InspectMethod(
        TypeDefinitionHandle typeHandle,
        string typeDisplay,
        string typeMetadataName,
        string[] typeParameters,
        MethodDefinitionHandle handle,
        MethodDefinition method)
    {
        GenericParameterHandleCollection genericParameters = method.GetGenericParameters();
        var context = new SignatureContext(typeParameters, MetadataNames.TypeParameterNames(_md, genericParameters));
        MethodSignature<SignatureShape> signature = method.DecodeSignature(_provider, context);
        string name = _md.GetString(method.Name);

        var display = new StringBuilder(typeDisplay).Append('.').Append(name);
        display.Append(MetadataNames.TypeParameterList(_md, genericParameters)).Append('(');
        for (int i = 0; i < signature.ParameterTypes.Length; i++)
        {
            if (i > 0)
            {
                display.Append(',');
            }

            display.Append(signature.ParameterTypes[i].Name);
        }

        display.Append(')');
        var site = new MemberSite(display.ToString(), typeHandle, handle, typeMetadataName, name);

        if (genericParameters.Count > 0)
        {
            Add(NfRule.GenericMethodDefinition, site, null);
            CheckConstraints(site, genericParameters, context);
        }

        AddShape(site, signature.ReturnType);
        foreach (SignatureShape parameter in signature.ParameterTypes)
        {
            AddShape(site, parameter);
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return 0;
        }

        MethodBodyBlock body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            StandaloneSignature locals = _md.GetStandaloneSignature(body.LocalSignature);
            foreach (SignatureShape local in locals.DecodeLocalSignature(_provider, context))
            {
                AddShape(site, local);
            }
        }

        ScanIl(site, body.GetILReader(), context);
        if (body.Size > _largestMethodBytes)
        {
            _largestMethodBytes = body.Size;
            _largestMethod = site.Display;
        }

        return body.Size;
    }

    private void ScanIl(MemberSite site, BlobReader il, SignatureContext context)
    {
        _methodStrings.Clear();
        int stringBytes = 0;
        while (il.RemainingBytes > 0)
        {
            int opcode = il.ReadByte();
            if (opcode == IlOpcodeTable.TwoBytePrefix)
            {
                opcode = (opcode << 8) | il.ReadByte();
            }

            if (opcode == IlOpcodeTable.Localloc)
            {
                Add(NfRule.Stackalloc, site, null);
            }
            else if (opcode == IlOpcodeTable.Calli)
            {
                Add(NfRule.FunctionPointer, site, "calli");
            }
            else if (opcode == IlOpcodeTable.Mkrefany || opcode == IlOpcodeTable.Refanyval || opcode == IlOpcodeTable.Refanytype)
            {
                // In Release the TypedReference often lives only on the evaluation stack: the opcodes are the trace.
                Add(NfRule.Pointer, site, "System.TypedReference");
            }

            switch (IlOpcodeTable.GetOperandType(opcode))
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineBrTarget:
                case OperandType.InlineI:
                case OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    uint targets = il.ReadUInt32();
                    if (targets > (uint)il.RemainingBytes / 4)
                    {
                        throw new BadImageFormatException("switch table runs past the end of " + site.Display);
                    }

                    il.Offset += (int)targets * 4;
                    break;
                case OperandType.InlineString:
                    int token = il.ReadInt32();
                    if (_methodStrings.Add(token))
                    {
                        stringBytes += _md.GetUserString(MetadataTokens.UserStringHandle(token & 0xFFFFFF)).Length * 2;
                    }

                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineSig:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    CheckHandle(site, MetadataTokens.EntityHandle(il.ReadInt32()), context);
                    break;
                default:
                    throw new BadImageFormatException("unexpected IL operand in " + site.Display);
            }
        }

        if (stringBytes > _largestStringUserBytes)
        {
            _largestStringUserBytes = stringBytes;
            _largestStringUser = site.Display;
        }
    }

    /// <summary>Checks a type or member reached from a definition, charging what it uses to <paramref name="site"/>.</summary>
    private void CheckHandle(MemberSite site, EntityHandle handle, SignatureContext context)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeSpecification:
                _reachedSpecs.Add(handle);
                AddShape(site, _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_provider, context));
                break;
            case HandleKind.MemberReference:
                MemberReference member = _md.GetMemberReference((MemberReferenceHandle)handle);
                CheckHandle(site, member.Parent, context);

                // The signature of a member of a generic type (or of a generic method) speaks of the member's own
                // parameters (!0, !!0); such a reference always comes with a TypeSpec or MethodSpec that is reported,
                // so open instantiations like IEqualityComparer<!0> would only repeat it.
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    MethodSignature<SignatureShape> signature = member.DecodeMethodSignature(_provider, null);
                    AddReferencedShape(site, signature.ReturnType);
                    foreach (SignatureShape parameter in signature.ParameterTypes)
                    {
                        AddReferencedShape(site, parameter);
                    }
                }
                else
                {
                    AddReferencedShape(site, member.DecodeFieldSignature(_provider, null));
                }

                break;
            case HandleKind.MethodSpecification:
                _reachedSpecs.Add(handle);
                MethodSpecification specification = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                var arguments = specification.DecodeSignature(_provider, context);
                var text = new StringBuilder(MethodName(specification.Method, context)).Append('<');
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    text.Append(arguments[i].Name);
                    AddShape(site, arguments[i]);
                }

                Add(NfRule.GenericInstantiation, site, text.Append('>').ToString());
                CheckHandle(site, specification.Method, context);
                break;
            case HandleKind.TypeReference:
                // Only typeof(List<>) names an open generic type directly; every other use goes through a TypeSpec.
                string referenced = MetadataNames.TypeReference(_md, (TypeReferenceHandle)handle, false);
                if (referenced.IndexOf('`') >= 0)
                {
                    Add(NfRule.GenericInstantiation, site, "open generic type " + referenced);
                }

                break;
            case HandleKind.StandaloneSignature:
                StandaloneSignature standalone = _md.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                if (standalone.GetKind() == StandaloneSignatureKind.Method)
                {
                    MethodSignature<SignatureShape> signature = standalone.DecodeMethodSignature(_provider, context);
                    AddShape(site, signature.ReturnType);
                    foreach (SignatureShape parameter in signature.ParameterTypes)
                    {
                        AddShape(site, parameter);
                    }
                }

                break;
        }
    }

    private void CheckConstraints(MemberSite site, GenericParameterHandleCollection parameters, SignatureContext context)
    {
        foreach (GenericParameterHandle parameter in parameters)
        {
            foreach (GenericParameterConstraintHandle constraint in _md.GetGenericParameter(parameter).GetConstraints())
            {
                CheckHandle(site, _md.GetGenericParameterConstraint(constraint).Type, context);
            }
        }
    }

    /// <summary>Reports TypeSpec and MethodSpec rows that no definition reached (custom attributes, for example).</summary>
    private void InspectUnreachedSpecs()
    {
        int typeSpecs = _md.GetTableRowCount(TableIndex.TypeSpec);
        for (int row = 1; row <= typeSpecs; row++)
        {
            EntityHandle handle = MetadataTokens.TypeSpecificationHandle(row);
            if (!_reachedSpecs.Contains(handle))
            {
                CheckHandle(UnreachedSite("TypeSpec", handle), handle, null);
            }
        }

        int methodSpecs = _md.GetTableRowCount(TableIndex.MethodSpec);
        for (int row = 1; row <= methodSpecs; row++)
        {
            EntityHandle handle = MetadataTokens.MethodSpecificationHandle(row);
            if (!_reachedSpecs.Contains(handle))
            {
                CheckHandle(UnreachedSite("MethodSpec", handle), handle, null);
            }
        }
    }

    private MemberSite UnreachedSite(string table, EntityHandle handle)
    {
        string token = MetadataTokens.GetToken(handle).ToString("X8", CultureInfo.InvariantCulture);
        return new MemberSite(table + " 0x" + token + " (used by no method, field or type signature)", default, default, null, null);
    }

    private void InspectAssemblySizes(int userStringBytes)
    {
        var site = new MemberSite(_assemblyName, default, default, null, null);
        var sizeViolations = new List<PendingViolation>();
        if (_ilBytes > NfChecker.IlBudgetBytes)
        {
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "{0}: IL size {1:N0} bytes over the budget of {2:N0} bytes (48 KB; the hard limit is 64 KB), largest method {3} ({4:N0} bytes)",
                _assemblyName,
                _ilBytes,
                NfChecker.IlBudgetBytes,
                _largestMethod,
                _largestMethodBytes);
            sizeViolations.Add(new PendingViolation(NfRule.IlSize, site, message));
        }

        if (userStringBytes > NfChecker.UserStringBudgetBytes)
        {
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "{0}: user strings size {1:N0} bytes over the budget of {2:N0} bytes (48 KB; the hard limit is 64 KB), largest user {3} ({4:N0} bytes)",
                _assemblyName,
                userStringBytes,
                NfChecker.UserStringBudgetBytes,
                _largestStringUser ?? "(none)",
                _largestStringUserBytes);
            sizeViolations.Add(new PendingViolation(NfRule.UserStringSize, site, message));
        }

        // Budget overruns concern the whole assembly, so they lead the list.
        _violations.InsertRange(0, sizeViolations);
    }

    private void CheckCount(NfRule rule, MemberSite site, int count, string kind)
    {
        if (count <= NfChecker.MaxMethodsPerKind)
        {
            return;
        }

        string message = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} {2} methods in {3} (at most {4} per type)",
            _assemblyName,
            count,
            kind,
            site.Display,
            NfChecker.MaxMethodsPerKind);
        _violations.Add(new PendingViolation(rule, site, message));
    }

    private void AddShape(MemberSite site, SignatureShape shape)
    {
        if (shape.GenericUse != null)
        {
            Add(NfRule.GenericInstantiation, site, shape.GenericUse);
        }

        if (shape.ArrayUse != null)
        {
            Add(NfRule.MultidimensionalArray, site, shape.ArrayUse);
        }

        if (shape.PointerUse != null)
        {
            Add(NfRule.Pointer, site, shape.PointerUse);
        }

        if (shape.FunctionPointerUse != null)
        {
            Add(NfRule.FunctionPointer, site, shape.FunctionPointerUse);
        }
    }

    private void AddReferencedShape(MemberSite site, SignatureShape shape)
    {
        if (shape.GenericUse != null && shape.GenericUse.IndexOf('!') >= 0)
        {
            shape.GenericUse = null;
        }

        AddShape(site, shape);
    }

    private void Add(NfRule rule, MemberSite site, string detail)
    {
        string key = ((int)rule).ToString(CultureInfo.InvariantCulture) + "\0" + site.Display;
        if (!_violationsByKey.TryGetValue(key, out PendingViolation pending))
        {
            pending = new PendingViolation(rule, site, null);
            _violationsByKey.Add(key, pending);
            _violations.Add(pending);
        }

        if (detail != null && !pending.Details.Contains(detail))
        {
            pending.Details.Add(detail);
        }
    }

    private string MethodName(EntityHandle method, SignatureContext context)
    {
        if (method.Kind == HandleKind.MethodDefinition)
        {
            MethodDefinition definition = _md.GetMethodDefinition((MethodDefinitionHandle)method);
            return MetadataNames.TypeDefinition(_md, definition.GetDeclaringType(), false) + "." + _md.GetString(definition.Name);
        }

        MemberReference reference = _md.GetMemberReference((MemberReferenceHandle)method);
        string parent;
        switch (reference.Parent.Kind)
        {
            case HandleKind.TypeReference:
                parent = MetadataNames.TypeReference(_md, (TypeReferenceHandle)reference.Parent, true);
                break;
            case HandleKind.TypeDefinition:
                parent = MetadataNames.TypeDefinition(_md, (TypeDefinitionHandle)reference.Parent, false);
                break;
            case HandleKind.TypeSpecification:
                parent = _md.GetTypeSpecification((TypeSpecificationHandle)reference.Parent).DecodeSignature(_provider, context).Name;
                break;
            default:
                parent = string.Empty;
                break;
        }

        return parent + "." + _md.GetString(reference.Name);
    }

    private NfViolation ToViolation(PendingViolation pending)
    {
        string message = pending.Message;
        if (message == null)
        {
            string rule = NfRules.Describe(pending.Rule);
            if (pending.Rule == NfRule.GenericTypeDefinition || pending.Rule == NfRule.GenericMethodDefinition)
            {
                message = _assemblyName + ": " + rule + " " + pending.Site.Display;
            }
            else if (pending.Details.Count == 0)
            {
                message = _assemblyName + ": " + rule + " in " + pending.Site.Display;
            }
            else
            {
                message = _assemblyName + ": " + rule + " " + string.Join(", ", pending.Details) + " in " + pending.Site.Display;
            }
        }

        return new NfViolation(
            pending.Rule,
            _assemblyName,
            pending.Site.Display,
            message,
            pending.Site.TypeMetadataName,
            pending.Site.MemberMetadataName,
            Locate(pending.Site));
    }

    private NfSourceLocation Locate(MemberSite site)
    {
        if (_sources == null || site.Type.IsNil)
        {
            return null;
        }

        NfSourceLocation location = site.Method.IsNil ? null : _sources.Locate(site.Method);
        if (location != null)
        {
            return location;
        }

        // Fields, types and methods without code have no sequence points: borrow the first code of the type, or of
        // the type around it, which at least names the right file.
        TypeDefinitionHandle type = site.Type;
        while (location == null && !type.IsNil)
        {
            location = _sources.Locate(_md, type);
            type = _md.GetTypeDefinition(type).GetDeclaringType();
        }

        return location == null ? null : new NfSourceLocation(location.Path, location.Line, location.Column, false);
    }
}
