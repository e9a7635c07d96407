import config from '@bg/eslint-config';

export default config;
