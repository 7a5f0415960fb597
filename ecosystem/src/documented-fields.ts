import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The members of every interface in a `.d.ts` (the public entity, request and option types), and those without a JSDoc comment. */
export function documentedFields(file: string): { total: number; undocumented: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const undocumented: string[] = [];
  let total = 0;
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member)) continue;
      total++;
      // A `/** … */` right before the member (declaration emit keeps them).
      if (ts.getJSDocCommentsAndTags(member).length === 0) undocumented.push(`${statement.name.text}.${member.name.getText(source)}`);
    }
  }
  return { total, undocumented };
}
