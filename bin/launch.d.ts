// Types of bin/launch.js for the TypeScript scripts that ask whether the build is current (scripts/bench/extract.ts).
export declare function builtIsCurrent(entry: string): boolean;
export declare function launch(entry: 'cli' | 'main'): Promise<void>;
