#!/usr/bin/env python3
"""Generates the nanoFramework reference sources of tools/NfRef from the API listings.

The listings are ../shared/nanoframework/corelib-api.txt (mscorlib) and packages-api.txt (the other
packages), one declaration per line: `<Namespace.Type>: <modifiers> <signature>`, with `[type]` lines for
the types themselves. For every assembly of ASSEMBLIES this script writes one C# file per namespace into
tools/NfRef/<AssemblyName>/ and the project tools/NfRef/<AssemblyName>/<AssemblyName>.csproj.

Every public or protected declaration that it writes is one listing line, written as close to the line's
text as C# allows, so that a reader can grep a member and the Roslyn test in
tests/NanoPython.Tools.Tests/NfRef can turn each declaration back into its listing line. Where C# needs
something else, the mapping is one of the rendering rules that the test applies too (see README.md), or a
line of deviations.txt (read by both). Everything else that the compiler needs (explicit interface
implementations, internal constructors) is not public.

Usage: python3 tools/NfRef/generate.py [--check] [--listings DIR]
  --check     write nothing; exit 1 if a generated file differs from the committed one.
  --listings  folder holding corelib-api.txt and packages-api.txt (default: <repo>/../shared/nanoframework).
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# (assembly name, listing file, listing sections merged into it, referenced NfRef assemblies).
# The references are the ones the listed signatures need; mscorlib references nothing.
ASSEMBLIES = [
    ("mscorlib", "corelib-api.txt", None, []),
    ("System.Math", "packages-api.txt", ["System.Math"], ["mscorlib"]),
    ("nanoFramework.System.Text", "packages-api.txt", ["nanoFramework.System.Text"], ["mscorlib"]),
    ("nanoFramework.System.Collections", "packages-api.txt", ["nanoFramework.System.Collections"], ["mscorlib"]),
    ("nanoFramework.Runtime.Native", "packages-api.txt", ["nanoFramework.Runtime.Native"], ["mscorlib"]),
    ("nanoFramework.Hardware.Esp32", "packages-api.txt", ["nanoFramework.Hardware.Esp32"], ["mscorlib"]),
    ("System.Device.Gpio", "packages-api.txt", ["System.Device.Gpio"], ["mscorlib"]),
    ("System.Device.I2c", "packages-api.txt", ["System.Device.I2c"], ["mscorlib"]),
    ("System.Device.Pwm", "packages-api.txt", ["System.Device.Pwm"], ["mscorlib"]),
    ("System.Device.Adc", "packages-api.txt", ["System.Device.Adc"], ["mscorlib"]),
    ("System.Device.Spi", "packages-api.txt", ["System.Device.Spi"], ["mscorlib", "System.Device.Gpio"]),
    ("System.IO.Ports", "packages-api.txt", ["System.IO.Ports"], ["mscorlib", "System.IO.Streams"]),
    ("System.IO.Streams", "packages-api.txt", ["System.IO.Streams"], ["mscorlib", "nanoFramework.System.Text"]),
    ("System.IO.FileSystem", "packages-api.txt", ["System.IO.FileSystem"], ["mscorlib", "System.IO.Streams"]),
    # The listing calls this section "System.Threading"; the package's assembly is nanoFramework.System.Threading.
    ("nanoFramework.System.Threading", "packages-api.txt", ["System.Threading"], ["mscorlib"]),
    ("nanoFramework.TestFramework", "packages-api.txt", ["nanoFramework.TestFramework"], ["mscorlib"]),
]

# Attributes that the listing cannot show (it lists members, not attributes) but that change what compiles:
# the AttributeUsage of attributes applied more than once (DataRow on a test method, InternalsVisibleTo on
# an assembly), and the metadata name of the string indexer (get_Chars, as nanoCLR's native String has it).
TYPE_ATTRIBUTES = {
    "System.Diagnostics.ConditionalAttribute": "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Diagnostics.DebuggerDisplayAttribute": "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Diagnostics.DebuggerTypeProxyAttribute": "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Diagnostics.CodeAnalysis.MemberNotNullAttribute":
        "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Diagnostics.CodeAnalysis.MemberNotNullWhenAttribute":
        "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute":
        "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "System.Runtime.CompilerServices.InternalsVisibleToAttribute":
        "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
    "nanoFramework.TestFramework.DataRowAttribute": "[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]",
}
MEMBER_ATTRIBUTES = {
    ("System.String", "public extern char this[int index] { get; }"): '[IndexerName("Chars")]',
}

INTERNAL_CALL = "[MethodImpl(MethodImplOptions.InternalCall)]"
MODIFIERS = {"public", "protected", "private", "internal", "static", "extern", "virtual", "override",
             "abstract", "sealed", "readonly", "const", "new"}
# The listing prints these constant values, which are not C#; the test maps the expressions back (README.md).
SPECIAL_CONSTANTS = {"NaN": "0.0 / 0.0", "Infinity": "1.0 / 0.0", "-Infinity": "-1.0 / 0.0"}


class Member:
    """One member line of a type: its text and the parts the generator needs."""

    def __init__(self, text, kind, name="", type_text="", params=None, accessors=None, mods=None):
        self.text = text
        self.kind = kind  # enum, field, const, event, ctor, dtor, method, operator, property, indexer
        self.name = name
        self.type_text = type_text
        self.params = params or []  # list of (modifier, type, name, default)
        self.accessors = accessors or []  # list of (modifiers, 'get' or 'set')
        self.mods = mods or []

    @property
    def param_types(self):
        return [(p[0], p[1]) for p in self.params]


class TypeDecl:
    """One type of the listing: its `[type]` line, its members and where it sits."""

    def __init__(self, key, assembly, type_line):
        self.key = key
        self.assembly = assembly
        self.type_line = type_line
        self.members = []
        self.nested = []
        self.container = None
        base = key.split("<")[0]
        self.full_name = base
        self.name = base.rsplit(".", 1)[-1]
        self.type_params = key[len(base) + 1:-1].split(", ") if "<" in key else []
        m = re.match(r"\[type\] ((?:\w+ )*)(class|struct|interface|enum|delegate) ([^:]+?)(?: : (.*))?$", type_line)
        if not m:
            raise ValueError("cannot read type line of %s: %s" % (key, type_line))
        self.mods = m.group(1).split()
        self.kind = m.group(2)
        self.bases = [b.strip() for b in m.group(4).split(",")] if m.group(4) else []
        self.namespace = None


def split_params(text):
    """Splits a parameter list at top-level commas (defaults may hold quoted characters)."""
    parts, depth, quote, current = [], 0, None, ""
    for ch in text:
        if quote:
            current += ch
            if ch == quote and not current.endswith("\\" + quote):
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "<[(":
            depth += 1
        elif ch in ">])":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def parse_params(text):
    result = []
    for part in split_params(text):
        default = None
        if " = " in part:
            part, default = part.split(" = ", 1)
        words = part.split(" ")
        modifier = ""
        if words[0] in ("ref", "out", "in", "params", "this"):
            modifier = words.pop(0)
        result.append((modifier, " ".join(words[:-1]), words[-1], default))
    return result


def split_modifiers(text):
    words = text.split(" ")
    mods = []
    while words and words[0] in MODIFIERS:
        mods.append(words.pop(0))
    return mods, " ".join(words)


def parse_member(text, decl):
    """Classifies one member line of `decl`."""
    if decl.kind == "enum":
        name, value = text.split(" = ", 1)
        return Member(text, "enum", name=name, type_text=value)
    mods, rest = split_modifiers(text)
    if rest.startswith("event "):
        type_text, name = rest[len("event "):].rsplit(" ", 1)
        return Member(text, "event", name=name, type_text=type_text, mods=mods)
    if rest.startswith("~"):
        return Member(text, "dtor", name=rest[1:rest.index("(")], mods=mods)
    if rest.endswith("}"):
        head, block = rest[:rest.rindex(" { ")], rest[rest.rindex(" { ") + 3:-2]
        accessors = []
        for acc in block.split(";"):
            acc = acc.strip()
            if acc:
                words = acc.split(" ")
                accessors.append((" ".join(words[:-1]), words[-1]))
        if " this[" in head:
            type_text, params = head.split(" this[", 1)
            return Member(text, "indexer", name="this", type_text=type_text, params=parse_params(params[:-1]),
                          accessors=accessors, mods=mods)
        type_text, name = head.rsplit(" ", 1)
        return Member(text, "property", name=name, type_text=type_text, accessors=accessors, mods=mods)
    if "(" in rest:
        head = rest[:rest.index("(")]
        params = parse_params(rest[rest.index("(") + 1:rest.rindex(")")])
        if " operator " in " " + head:
            return Member(text, "operator", name=head, params=params, mods=mods)
        if head == decl.name:
            return Member(text, "ctor", name=head, params=params, mods=mods)
        type_text, name = head.rsplit(" ", 1)
        return Member(text, "method", name=name, type_text=type_text, params=params, mods=mods)
    if "const" in mods:
        head, value = rest.split(" = ", 1)
        type_text, name = head.rsplit(" ", 1)
        return Member(text, "const", name=name, type_text=type_text, mods=mods)
    type_text, name = rest.rsplit(" ", 1)
    return Member(text, "field", name=name, type_text=type_text, mods=mods)


def read_listing(path):
    """Returns {section name: [lines]}; corelib-api.txt is one section named mscorlib."""
    sections = {}
    current = "mscorlib"
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#### Assembly "):
                current = line.split()[2]
                sections.setdefault(current, [])
                continue
            if not line or line.startswith("#"):
                continue
            sections.setdefault(current, []).append(line)
    return sections


def read_deviations():
    """deviations.txt: `<listing line> ==> <declared line>`: lines that the sources declare differently."""
    result = {}
    with open(os.path.join(HERE, "deviations.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            listed, declared = line.split(" ==> ", 1)
            result[listed] = declared
    return result


def load(listings_dir, deviations):
    """Reads every assembly's types, applying deviations.txt to the lines it names."""
    files = {}
    types = {}
    for assembly, file_name, sections, _ in ASSEMBLIES:
        if file_name not in files:
            files[file_name] = read_listing(os.path.join(listings_dir, file_name))
        lines = []
        for section in sections or ["mscorlib"]:
            if section not in files[file_name]:
                raise ValueError("no section %s in %s" % (section, file_name))
            lines.extend(files[file_name][section])
        for line in lines:
            line = deviations.get(line, line)
            key, text = line.split(": ", 1)
            if text.startswith("[type] "):
                if key in types:
                    raise ValueError("type %s listed twice" % key)
                types[key] = TypeDecl(key, assembly, text)
        for line in lines:
            line = deviations.get(line, line)
            key, text = line.split(": ", 1)
            if not text.startswith("[type] "):
                decl = types[key]
                decl.members.append(parse_member(text, decl))
    for key, decl in types.items():
        parts = decl.full_name.split(".")
        for i in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in types:
                decl.container = types[prefix]
                types[prefix].nested.append(decl)
                break
        outer = decl
        while outer.container:
            outer = outer.container
        decl.namespace = outer.full_name.rsplit(".", 1)[0]
    return types


def resolve(types, name, decl):
    """Finds the type that `name` (as written in `decl`'s listing) means, or None."""
    name = name.split("<")[0]
    if name in types:
        return types[name]
    scope = decl
    while scope:
        candidate = scope.full_name + "." + name
        if candidate in types:
            return types[candidate]
        scope = scope.container
    namespace = decl.namespace
    while namespace:
        candidate = namespace + "." + name
        if candidate in types:
            return types[candidate]
        namespace = namespace.rpartition(".")[0]
    matches = [t for k, t in types.items() if k.endswith("." + name)]
    return matches[0] if len(matches) == 1 else None


def base_chain(types, decl):
    """The class itself and its base classes, as far as the listings know them."""
    chain = [decl]
    while True:
        base = None
        for b in chain[-1].bases:
            t = resolve(types, b, chain[-1])
            if t and t.kind == "class":
                base = t
        if not base:
            return chain
        chain.append(base)


def interfaces_of(types, decl):
    """The interfaces that `decl` lists, with their base interfaces (a base class implements its own)."""
    result = []
    pending = [(b, decl) for b in decl.bases]
    while pending:
        name, owner = pending.pop(0)
        t = resolve(types, name, owner)
        if t and t.kind == "interface" and t not in result:
            result.append(t)
            pending.extend((b, t) for b in t.bases)
    return result


def explicit_implementations(types, decl):
    """Interface members that no public instance member of the class chain implements."""
    public = []
    for c in base_chain(types, decl):
        public.extend(m for m in c.members if "public" in m.mods and "static" not in m.mods)
    missing = []
    for iface in interfaces_of(types, decl):
        for im in iface.members:
            found = False
            for m in public:
                if m.kind != im.kind or m.name != im.name:
                    continue
                if im.kind == "property":
                    found = m.type_text == im.type_text and {a[1] for a in im.accessors} <= {a[1] for a in m.accessors}
                else:
                    found = m.type_text == im.type_text and m.param_types == im.param_types
                if found:
                    break
            if not found:
                missing.append((iface, im))
    return missing


def qualify(name, namespace, visible):
    """Inside nanoFramework.System.IO, `System.X` means nanoFramework.System.X: write global::System.X there."""
    if name.startswith("System."):
        parts = namespace.split(".")
        for i in range(1, len(parts) + 1):
            inner = ".".join(parts[:i]) + ".System"
            if any(n == inner or n.startswith(inner + ".") for n in visible):
                return "global::" + name
    return name


def param_text(param):
    modifier, type_text, name, default = param
    text = (modifier + " " if modifier else "") + type_text + " " + name
    if default is not None:
        # The listing prints an enum default as the bare member name; C# needs Type.Member.
        if re.match(r"^[A-Za-z_]\w*$", default) and default not in ("null", "true", "false"):
            default = type_text + "." + default
        text += " = " + default
    return text


def signature(member, head):
    return head + "(" + ", ".join(param_text(p) for p in member.params) + ")"


def const_value(member):
    value = member.text.split(" = ", 1)[1]
    value = SPECIAL_CONSTANTS.get(value, value)
    if member.type_text == "float":
        # C# needs the F suffix for a float constant; the test drops it again.
        value = re.sub(r"(\d(?:[\d.]*)(?:E[+-]?\d+)?)", r"\1F", value)
    return value


def emit_member(member, decl):
    """Returns the C# line of one listed member."""
    if decl.kind == "enum":
        return member.text + ","
    mods = " ".join(member.mods)
    prefix = mods + " " if mods else ""
    extern = "extern" in member.mods
    bodyless = extern or "abstract" in member.mods or decl.kind == "interface"
    attribute = MEMBER_ATTRIBUTES.get((decl.key, member.text))
    attribute = attribute + " " if attribute else ""
    if member.kind == "field":
        return attribute + member.text + ";"
    if member.kind == "const":
        return attribute + member.text.split(" = ", 1)[0] + " = " + const_value(member) + ";"
    if member.kind == "event":
        if decl.kind == "interface":
            return member.text + ";"
        return attribute + member.text + " { add => throw null; remove => throw null; }"
    if member.kind == "dtor":
        # A destructor has no modifiers in C#; the listing shows it as the protected Finalize it is.
        return attribute + "~" + member.name + "() => throw null;"
    if member.kind in ("ctor", "method", "operator"):
        if member.kind == "method":
            head = prefix + member.type_text + " " + member.name
        else:
            # A constructor's name is the type's; an operator's "name" is its return type and token.
            head = prefix + member.name
        text = signature(member, head)
        if extern:
            return INTERNAL_CALL + " " + attribute + text + ";"
        if bodyless:
            return attribute + text + ";"
        return attribute + text + " => throw null;"
    if member.kind in ("property", "indexer"):
        if member.kind == "indexer":
            head = prefix + member.type_text + " this[" + ", ".join(param_text(p) for p in member.params) + "]"
        else:
            head = prefix + member.type_text + " " + member.name
        accessors = []
        for acc_mods, acc in member.accessors:
            acc_prefix = acc_mods + " " if acc_mods else ""
            if extern:
                accessors.append(INTERNAL_CALL + " " + acc_prefix + acc + ";")
            elif bodyless:
                accessors.append(acc_prefix + acc + ";")
            else:
                accessors.append(acc_prefix + acc + " => throw null;")
        return attribute + head + " { " + " ".join(accessors) + " }"
    raise ValueError("cannot emit %s" % member.text)


def emit_explicit(iface, member, decl, visible):
    """An explicit implementation of an interface member that the listing does not show as public."""
    name = qualify(iface.full_name, decl.namespace, visible)
    if member.kind == "method":
        return signature(member, member.type_text + " " + name + "." + member.name) + " => throw null;"
    accessors = " ".join(acc + " => throw null;" for _, acc in member.accessors)
    if member.kind == "indexer":
        params = ", ".join(param_text(p) for p in member.params)
        return member.type_text + " " + name + ".this[" + params + "] { " + accessors + " }"
    return member.type_text + " " + name + "." + member.name + " { " + accessors + " }"


def emit_type(types, decl, indent, visible):
    """Returns the lines of one type declaration, nested types included."""
    pad = "    " * indent
    lines = []
    if decl.key in TYPE_ATTRIBUTES:
        lines.append(pad + TYPE_ATTRIBUTES[decl.key])
    mods = " ".join(decl.mods)
    if decl.kind == "delegate":
        invoke = decl.members[0]
        generic = "<" + ", ".join(decl.type_params) + ">" if decl.type_params else ""
        lines.append(pad + signature(invoke, mods + " delegate " + invoke.type_text + " " + decl.name + generic) + ";")
        return lines
    head = pad + mods + " " + decl.kind + " " + decl.name
    if decl.bases:
        head += " : " + ", ".join(qualify(b, decl.namespace, visible) for b in decl.bases)
    lines.append(head)
    lines.append(pad + "{")
    body = [emit_member(m, decl) for m in decl.members]
    if decl.kind == "class" and "static" not in decl.mods and not any(m.kind == "ctor" for m in decl.members):
        # No accessible constructor is listed: keep C# from adding a public one.
        body.append("internal " + decl.name + "() => throw null;")
    if decl.kind in ("class", "struct"):
        body.extend(emit_explicit(i, m, decl, visible) for i, m in explicit_implementations(types, decl))
    lines.extend(pad + "    " + line for line in body)
    for nested in decl.nested:
        lines.append("")
        lines.extend(emit_type(types, nested, indent + 1, visible))
    lines.append(pad + "}")
    return lines


def header(assembly, file_name, namespace):
    return [
        "// <auto-generated>",
        "// Reference source of the nanoFramework assembly %s, namespace %s." % (assembly, namespace),
        "// Generated by tools/NfRef/generate.py from ../shared/nanoframework/%s: every public or protected" % file_name,
        "// declaration is one line of that listing and must not drift from it (tests/NanoPython.Tools.Tests/NfRef",
        "// checks both ways). Do not edit: change the listing or generate.py and run the script again.",
        "// </auto-generated>",
    ]


def closure(assembly):
    refs = dict((a[0], a[3]) for a in ASSEMBLIES)
    result, pending = [], list(refs[assembly])
    while pending:
        a = pending.pop(0)
        if a not in result:
            result.append(a)
            pending.extend(refs[a])
    return result


def type_names(types, decl):
    """(simple type name, declaration it is written in) of every type that `decl` and its nested types name."""
    result = []
    for base in decl.bases:
        if not base.startswith("System."):
            result.append((base, decl))
    for m in decl.members:
        if m.kind != "enum" and m.type_text:
            result.append((m.type_text, decl))
        result.extend((p[1], decl) for p in m.params)
        if "extern" in m.mods:
            result.append(("MethodImplAttribute", decl))
            result.append(("MethodImplOptions", decl))
        if (decl.key, m.text) in MEMBER_ATTRIBUTES:
            result.append((MEMBER_ATTRIBUTES[(decl.key, m.text)][1:].split("(")[0] + "Attribute", decl))
    if decl.key in TYPE_ATTRIBUTES:
        result.extend([("AttributeUsageAttribute", decl), ("AttributeTargets", decl)])
    if decl.kind in ("class", "struct"):
        for iface, m in explicit_implementations(types, decl):
            result.append((m.type_text, iface))
            result.extend((p[1], iface) for p in m.params)
    for nested in decl.nested:
        result.extend(type_names(types, nested))
    return result


def usings(types, decls, namespace):
    """The namespaces that the file of `namespace` needs for the types it names by their simple name."""
    needed = set()
    for decl in decls:
        for name, context in type_names(types, decl):
            t = resolve(types, name.replace("[]", "").split(".")[0], context)
            if t:
                while t.container:
                    t = t.container
                needed.add(t.namespace)
    enclosing = {".".join(namespace.split(".")[:i]) for i in range(1, len(namespace.split(".")) + 1)}
    return sorted(needed - enclosing, key=lambda n: (n.split("."), n))


def generate(types):
    """Returns {relative path: content} of every generated file."""
    outputs = {}
    namespaces_of = {}
    for decl in types.values():
        namespaces_of.setdefault(decl.assembly, set()).add(decl.namespace)
    for assembly, file_name, _, _ in ASSEMBLIES:
        visible_assemblies = [assembly] + closure(assembly)
        visible = set()
        for a in visible_assemblies:
            visible |= namespaces_of[a]
        by_namespace = {}
        for decl in types.values():
            if decl.assembly == assembly and decl.container is None:
                by_namespace.setdefault(decl.namespace, []).append(decl)
        for namespace, decls in sorted(by_namespace.items()):
            body = []
            for decl in decls:
                body.append("")
                body.extend(emit_type(types, decl, 0, visible))
            lines = header(assembly, file_name, namespace)
            lines.append("")
            names = usings(types, decls, namespace)
            if names:
                lines.extend("using %s;" % n for n in names)
                lines.append("")
            lines.append("namespace %s;" % namespace)
            lines.extend(body)
            outputs[os.path.join(assembly, namespace + ".cs")] = "\n".join(lines) + "\n"
        outputs[os.path.join(assembly, assembly + ".csproj")] = project(assembly)
    return outputs


def project(assembly):
    refs = dict((a[0], a[3]) for a in ASSEMBLIES)[assembly]
    lines = [
        '<Project Sdk="Microsoft.NET.Sdk">',
        "  <!-- Reference assembly %s of the nanoFramework API. Generated by ../generate.py: do not edit. -->" % assembly,
        "  <PropertyGroup>",
        "    <AssemblyName>%s</AssemblyName>" % assembly,
        "  </PropertyGroup>",
    ]
    if refs:
        lines.append("  <ItemGroup>")
        lines.extend('    <ProjectReference Include="../%s/%s.csproj" Private="false" />' % (r, r) for r in refs)
        lines.append("  </ItemGroup>")
    lines.append("</Project>")
    return "\n".join(lines) + "\n"


def check_references(types):
    """Reports type names in signatures that no visible assembly declares (the compiler would fail on them)."""
    problems = []
    declared = {}
    for decl in types.values():
        declared.setdefault(decl.name, set()).add(decl.assembly)
    builtin = {"void", "bool", "byte", "sbyte", "char", "short", "ushort", "int", "uint", "long", "ulong", "float",
               "double", "string", "object", "decimal"}
    for decl in types.values():
        visible = {decl.assembly} | set(closure(decl.assembly))
        names = [b for b in decl.bases]
        for m in decl.members:
            if m.kind not in ("enum",) and m.type_text:
                names.append(m.type_text)
            names.extend(p[1] for p in m.params)
        for name in names:
            simple = name.replace("[]", "").split("<")[0].split(".")[-1]
            if simple in builtin or simple in decl.type_params:
                continue
            if not declared.get(simple, set()) & visible:
                problems.append("%s (%s): %s is not declared in %s" % (decl.key, decl.assembly, name, sorted(visible)))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--listings", default=os.path.join(os.path.dirname(REPO), "shared", "nanoframework"))
    args = parser.parse_args()
    types = load(args.listings, read_deviations())
    problems = check_references(types)
    for p in problems:
        print("unresolved: " + p, file=sys.stderr)
    if problems:
        return 1
    outputs = generate(types)
    stale = []
    for rel, content in sorted(outputs.items()):
        path = os.path.join(HERE, rel)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != content:
            stale.append(rel)
            if not args.check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(content)
    known = set(outputs)
    for assembly, _, _, _ in ASSEMBLIES:
        folder = os.path.join(HERE, assembly)
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            rel = os.path.join(assembly, name)
            if (name.endswith(".cs") or name.endswith(".csproj")) and rel not in known:
                stale.append(rel + " (not generated)")
                if not args.check:
                    os.remove(os.path.join(HERE, rel))
    if args.check:
        for rel in stale:
            print("differs from the generator: " + rel, file=sys.stderr)
        return 1 if stale else 0
    print("generated %d files (%d changed) for %d assemblies" % (len(outputs), len(stale), len(ASSEMBLIES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
