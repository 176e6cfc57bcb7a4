import { render } from 'preact';
import { call } from '../../components/shared/messaging';
import { Options, type OptionsApi } from '../../components/options/Options';
import '../../components/shared/page.css';
import { saveFile } from '../../components/shared/download';

const api: OptionsApi = {
  settings: async () => (await call({ type: 'state:get' })).settings,
  set: async (key, value) => void (await call({ type: 'settings:set', key, value })),
  profile: async () => (await call({ type: 'state:get' })).profile,
  saveProfile: async (profile) => void (await call({ type: 'profile:set', profile })),
  dictionary: () => call({ type: 'wording:dictionary' }),
  saveDictionary: async (entries) => void (await call({ type: 'wording:set', entries })),
  download: (name, content, type) => saveFile(name, content, type),
};

render(<Options api={api} />, document.getElementById('app')!);
