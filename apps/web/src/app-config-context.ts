import { createContext, useContext } from 'react';
import type { AppConfig } from './app-config';

export const AppConfigContext = createContext<AppConfig>({ networkId: 'digi-rogaland', auth: { mode: 'none' } });
export const useAppConfig = () => useContext(AppConfigContext);
