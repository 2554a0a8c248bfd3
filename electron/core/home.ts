// The shells' way to a core that can move its library to another folder and go on answering there.
export { type MovableCore, openMovableCore } from './library-home/movable-core.ts';
