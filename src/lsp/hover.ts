import type { Position, Hover } from 'vscode-languageserver';
import type { Located } from './server.js';
export function hover(_found: Located, _position: Position): Hover | null { return null; }
