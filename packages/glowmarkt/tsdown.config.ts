export { default } from '../../tsdown.vendor';
