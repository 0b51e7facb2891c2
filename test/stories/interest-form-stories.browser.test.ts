/// <reference types="mocha" />
import * as stories from '../../stories/mitmachen-interest-form.stories.js';
import { checkFormStories } from './form-stories.js';

checkFormStories(stories, 'mitmachen-interest-form');
