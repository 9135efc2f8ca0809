/** Types of player-text.mjs, for the tests that compare the built player with its source. */
export declare const PLAYER_SOURCE: string;
export declare const PLAYER_FILE: string;
export declare function playerText(): Promise<string>;
