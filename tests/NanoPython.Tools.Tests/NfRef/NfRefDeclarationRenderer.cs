using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoPython.Tools.Tests.NfRef;

/// <summary>One public or protected declaration of a reference source, in the listing's line format.</summary>
internal readonly record struct NfRefDeclaration(string Line, string File, int LineNumber);

/// <summary>
/// Turns the declarations of a C# file into the line format of the nanoFramework API listings, from the syntax
/// alone: <c>&lt;Namespace.Type&gt;: [type] &lt;modifiers&gt; &lt;kind&gt; &lt;Name&gt;[ : bases]</c> for a type and
/// <c>&lt;Namespace.Type&gt;: &lt;modifiers&gt; &lt;signature&gt;</c> for a member. Only what other assemblies see is
/// rendered: public and protected members, all members of interfaces and enums, destructors, the implicit constructor
/// of a class that declares none (as the listing shows it); explicit interface implementations and internal or
/// private members are not.
/// </summary>
/// <remarks>
/// Rendering rules where the listing is not C#, matched by tools/NfRef/generate.py:
/// a destructor <c>~T()</c> is rendered as <c>protected ~T()</c> (the listing shows the protected Finalize it is);
/// <c>global::</c> is dropped from type names; a parameter default <c>Type.Member</c> is rendered <c>Member</c>
/// (the listing prints enum defaults by member name); in a constant value, the F suffix of a real literal is dropped
/// and <c>0.0 / 0.0</c>, <c>1.0 / 0.0</c>, <c>-1.0 / 0.0</c> are rendered <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>;
/// an enum without a base type is rendered <c>: int</c>.
/// </remarks>
internal static class NfRefDeclarationRenderer
{
    private static readonly Dictionary<string, string> s_specialConstants = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["0.0 / 0.0"] = "NaN",
        ["1.0 / 0.0"] = "Infinity",
        ["-1.0 / 0.0"] = "-Infinity",
    };

    /// <summary>Renders every visible declaration of a parsed file.</summary>
    public static List<NfRefDeclaration> Render(SyntaxTree tree, string file)
    {
        var result = new List<NfRefDeclaration>();
        RenderMembers(tree.GetCompilationUnitRoot().Members, string.Empty, null, result, file);
        return result;
    }

    private static void RenderMembers(SyntaxList<MemberDeclarationSyntax> members, string ns, string typeKey, List<NfRefDeclaration> result, string file)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax nsDecl)
            {
                string name = nsDecl.Name.ToString();
                RenderMembers(nsDecl.Members, ns.Length == 0 ? name : ns + "." + name, null, result, file);
            }
            else if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                RenderType(member, ns, typeKey, result, file);
            }
        }
    }

    private static void RenderType(MemberDeclarationSyntax node, string ns, string containerKey, List<NfRefDeclaration> result, string file)
    {
        if (!IsVisible(node.Modifiers, containerKey != null))
        {
            return;
        }

        string name;
        TypeParameterListSyntax typeParameters = null;
        switch (node)
        {
            case BaseTypeDeclarationSyntax type:
                name = type.Identifier.Text;
                typeParameters = (type as TypeDeclarationSyntax)?.TypeParameterList;
                break;
            case DelegateDeclarationSyntax del:
                name = del.Identifier.Text;
                typeParameters = del.TypeParameterList;
                break;
            default:
                return;
        }

        string[] typeParameterNames = typeParameters?.Parameters.Select(p => p.Identifier.Text).ToArray() ?? Array.Empty<string>();
        string prefix = containerKey != null ? containerKey + "." : ns.Length == 0 ? string.Empty : ns + ".";

        string key = prefix + name + (typeParameterNames.Length > 0 ? "<" + string.Join(", ", typeParameterNames) + ">" : string.Empty);
        string genericName = name + (typeParameterNames.Length > 0 ? "<" + string.Join(",", typeParameterNames) + ">" : string.Empty);
        string modifiers = Modifiers(node.Modifiers);

        if (node is DelegateDeclarationSyntax delegateNode)
        {
            Add(result, key, "[type] " + modifiers + " delegate " + genericName, delegateNode, file);
            Add(result, key, modifiers + " " + TypeText(delegateNode.ReturnType) + " " + name + "(" + Parameters(delegateNode.ParameterList.Parameters) + ")", delegateNode, file);
            return;
        }

        var typeNode = (BaseTypeDeclarationSyntax)node;
        string keyword = typeNode switch
        {
            ClassDeclarationSyntax => "class",
            StructDeclarationSyntax => "struct",
            InterfaceDeclarationSyntax => "interface",
            EnumDeclarationSyntax => "enum",
            RecordDeclarationSyntax => "record",
            _ => typeNode.Kind().ToString(),
        };
        string bases = typeNode.BaseList == null ? string.Empty : string.Join(", ", typeNode.BaseList.Types.Select(t => TypeText(t.Type)));
        if (typeNode is EnumDeclarationSyntax && bases.Length == 0)
        {
            bases = "int";
        }

        Add(result, key, "[type] " + modifiers + " " + keyword + " " + genericName + (bases.Length > 0 ? " : " + bases : string.Empty), typeNode, file);

        if (typeNode is EnumDeclarationSyntax enumNode)
        {
            foreach (EnumMemberDeclarationSyntax enumMember in enumNode.Members)
            {
                string value = enumMember.EqualsValue == null ? string.Empty : " = " + Text(enumMember.EqualsValue.Value);
                Add(result, key, enumMember.Identifier.Text + value, enumMember, file);
            }

            return;
        }

        var declaration = (TypeDeclarationSyntax)typeNode;
        bool isInterface = declaration is InterfaceDeclarationSyntax;
        if (declaration is ClassDeclarationSyntax && !declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            && !declaration.Members.OfType<ConstructorDeclarationSyntax>().Any(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            // C# gives a class without constructors a public one (protected if abstract), and the listing shows it.
            string access = declaration.Modifiers.Any(SyntaxKind.AbstractKeyword) ? "protected" : "public";
            Add(result, key, access + " " + name + "()", declaration, file);
        }

        foreach (MemberDeclarationSyntax member in declaration.Members)
        {
            if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                RenderType(member, ns, key, result, file);
                continue;
            }

            if (member is DestructorDeclarationSyntax destructor)
            {
                Add(result, key, "protected ~" + destructor.Identifier.Text + "()", member, file);
                continue;
            }

            if (!isInterface && !IsVisible(member.Modifiers, true))
            {
                continue;
            }

            string line = RenderMember(member);
            if (line != null)
            {
                Add(result, key, line, member, file);
            }
        }
    }

    private static string RenderMember(MemberDeclarationSyntax member)
    {
        string mods = Modifiers(member.Modifiers);
        string prefix = mods.Length == 0 ? string.Empty : mods + " ";
        switch (member)
        {
            case FieldDeclarationSyntax field:
                {
                    var lines = new List<string>();
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        string line = prefix + TypeText(field.Declaration.Type) + " " + variable.Identifier.Text;
                        if (field.Modifiers.Any(SyntaxKind.ConstKeyword) && variable.Initializer != null)
                        {
                            line += " = " + ConstantText(variable.Initializer.Value);
                        }

                        lines.Add(line);
                    }

                    return string.Join("\n", lines);
                }

            case EventFieldDeclarationSyntax eventField:
                return string.Join("\n", eventField.Declaration.Variables.Select(v => prefix + "event " + TypeText(eventField.Declaration.Type) + " " + v.Identifier.Text));

            case EventDeclarationSyntax eventDecl:
                return eventDecl.ExplicitInterfaceSpecifier != null ? null : prefix + "event " + TypeText(eventDecl.Type) + " " + eventDecl.Identifier.Text;

            case MethodDeclarationSyntax method:
                {
                    if (method.ExplicitInterfaceSpecifier != null)
                    {
                        return null;
                    }

                    string generic = method.TypeParameterList == null ? string.Empty : "<" + string.Join(", ", method.TypeParameterList.Parameters.Select(p => p.Identifier.Text)) + ">";
                    return prefix + TypeText(method.ReturnType) + " " + method.Identifier.Text + generic + "(" + Parameters(method.ParameterList.Parameters) + ")";
                }

            case ConstructorDeclarationSyntax ctor:
                return prefix + ctor.Identifier.Text + "(" + Parameters(ctor.ParameterList.Parameters) + ")";

            case OperatorDeclarationSyntax op:
                return prefix + TypeText(op.ReturnType) + " operator " + op.OperatorToken.Text + "(" + Parameters(op.ParameterList.Parameters) + ")";

            case ConversionOperatorDeclarationSyntax conversion:
                return prefix + conversion.ImplicitOrExplicitKeyword.Text + " operator " + TypeText(conversion.Type) + "(" + Parameters(conversion.ParameterList.Parameters) + ")";

            case PropertyDeclarationSyntax property:
                return property.ExplicitInterfaceSpecifier != null ? null
                    : prefix + TypeText(property.Type) + " " + property.Identifier.Text + " " + Accessors(property.AccessorList);

            case IndexerDeclarationSyntax indexer:
                return indexer.ExplicitInterfaceSpecifier != null ? null
                    : prefix + TypeText(indexer.Type) + " this[" + Parameters(indexer.ParameterList.Parameters) + "] " + Accessors(indexer.AccessorList);

            default:
                // Anything else (a static constructor, an unexpected kind) is shown as is, so that it fails visibly.
                return Text(member);
        }
    }

    private static void Add(List<NfRefDeclaration> result, string key, string lines, SyntaxNode node, string file)
    {
        int lineNumber = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        foreach (string line in lines.Split('\n'))
        {
            result.Add(new NfRefDeclaration(key + ": " + line, file, lineNumber));
        }
    }

    private static bool IsVisible(SyntaxTokenList modifiers, bool nested)
    {
        if (modifiers.Any(SyntaxKind.PrivateKeyword))
        {
            return false;
        }

        return modifiers.Any(SyntaxKind.PublicKeyword) || (nested && modifiers.Any(SyntaxKind.ProtectedKeyword));
    }

    private static string Modifiers(SyntaxTokenList modifiers) => string.Join(" ", modifiers.Select(m => m.Text));

    private static string Accessors(AccessorListSyntax accessors)
    {
        if (accessors == null)
        {
            // An expression-bodied property has a getter only.
            return "{ get; }";
        }

        var builder = new StringBuilder("{ ");
        foreach (AccessorDeclarationSyntax accessor in accessors.Accessors)
        {
            if (accessor.Modifiers.Count > 0)
            {
                builder.Append(Modifiers(accessor.Modifiers)).Append(' ');
            }

            builder.Append(accessor.Keyword.Text).Append("; ");
        }

        return builder.Append('}').ToString();
    }

    private static string Parameters(SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        return string.Join(", ", parameters.Select(p =>
        {
            string text = Modifiers(p.Modifiers);
            text = (text.Length > 0 ? text + " " : string.Empty) + TypeText(p.Type) + " " + p.Identifier.Text;
            if (p.Default != null)
            {
                ExpressionSyntax value = p.Default.Value;

                // The listing prints an enum default by its member name alone.
                text += " = " + (value is MemberAccessExpressionSyntax access ? access.Name.Identifier.Text : Text(value));
            }

            return text;
        }));
    }

    private static string ConstantText(ExpressionSyntax value)
    {
        var builder = new StringBuilder();
        foreach (SyntaxToken token in value.DescendantTokens())
        {
            string text = token.Text;
            if (token.IsKind(SyntaxKind.NumericLiteralToken) && token.Value is float && (text.EndsWith('F') || text.EndsWith('f')))
            {
                text = text.Substring(0, text.Length - 1);
            }

            builder.Append(token.LeadingTrivia.ToFullString()).Append(text).Append(token.TrailingTrivia.ToFullString());
        }

        string result = Collapse(builder.ToString());
        return s_specialConstants.TryGetValue(result, out string special) ? special : result;
    }

    private static string TypeText(TypeSyntax type) => Collapse(type.ToString()).Replace("global::", string.Empty, StringComparison.Ordinal);

    private static string Text(SyntaxNode node) => Collapse(node.ToString());

    private static string Collapse(string text) => Regex.Replace(text.Trim(), @"\s+", " ");
}
