/// <reference types="mocha" />
import * as stories from '../../stories/mitmachen-offer-form.stories.js';
import { checkFormStories } from './form-stories.js';

checkFormStories(stories, 'mitmachen-offer-form');
