import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Located } from './server.js';
export function codeActions(_found: Located, _diagnostics: Diagnostic[]): CodeAction[] { return []; }
